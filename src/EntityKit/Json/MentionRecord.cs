using System.Text.Json.Serialization;

namespace EntityKit.Json;

/// <summary>A mention in the JSON record: <c>{"start", "end", "text", "type", "confidence"}</c> and, for a mention
/// matched from a dictionary entry with an id, <c>"id"</c>.</summary>
/// <remarks>Immutable.</remarks>
public sealed record MentionRecord
{
    /// <summary>Offset of the mention's first character.</summary>
    [JsonPropertyName("start")]
    public required int Start { get; init; }

    /// <summary>Offset just past its last character.</summary>
    [JsonPropertyName("end")]
    public required int End { get; init; }

    /// <summary>The covered text, exactly.</summary>
    [JsonPropertyName("text")]
    public required string Text { get; init; }

    /// <summary>The entity type's name, such as <c>PERSON</c>.</summary>
    [JsonPropertyName("type")]
    public required string Type { get; init; }

    /// <summary>The recognizer's confidence in [0, 1], rounded to 4 decimals.</summary>
    [JsonPropertyName("confidence")]
    public required double Confidence { get; init; }

    /// <summary>The id of the dictionary entry the mention was matched from, or null (then absent from the JSON).</summary>
    [JsonPropertyName("id")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Id { get; init; }

    /// <summary>The mention's normalised value (dates against the publication date, amounts as numbers), or null
    /// (then absent from the JSON).</summary>
    [JsonPropertyName("value")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ValueRecord? Value { get; init; }
}
