using System.Text.Json.Serialization;

namespace EntityKit.Json;

/// <summary>A mention's normalised value in the JSON record (<see cref="EntityMention.Value"/>):
/// <c>{"kind":"date","timex":"2023-10","mod":"START"}</c> or <c>{"kind":"money","number":3000,"max":5000,"unit":"GBP"}</c>;
/// only the members the value has are present.</summary>
/// <remarks>Immutable.</remarks>
public sealed record ValueRecord
{
    /// <summary>What the value is, in lower case (<c>date</c>, <c>time</c>, <c>duration</c>, <c>money</c>, …; see
    /// <see cref="MentionValueKind"/>).</summary>
    [JsonPropertyName("kind")]
    public required string Kind { get; init; }

    /// <summary>A TIMEX3-like value for dates, times and durations (<c>2024-01-24</c>, <c>2024-W04</c>, <c>P2W</c>).</summary>
    [JsonPropertyName("timex")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Timex { get; init; }

    /// <summary>The number of an amount (the lower end of a range).</summary>
    [JsonPropertyName("number")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? Number { get; init; }

    /// <summary>The upper end of a range.</summary>
    [JsonPropertyName("max")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? Maximum { get; init; }

    /// <summary>The ISO 4217 currency of money, or the unit of a quantity.</summary>
    [JsonPropertyName("unit")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Unit { get; init; }

    /// <summary>A TIMEX3 modifier (<c>START</c>, <c>MID</c>, <c>END</c>, <c>APPROX</c>, …).</summary>
    [JsonPropertyName("mod")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Modifier { get; init; }
}
