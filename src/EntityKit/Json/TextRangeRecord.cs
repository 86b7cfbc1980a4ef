using System.Text.Json.Serialization;

namespace EntityKit.Json;

/// <summary>A half-open range <c>[start, end)</c> of UTF-16 code units in the JSON record: the shape of a sentence and
/// of a token.</summary>
/// <remarks>An immutable value type.</remarks>
public readonly record struct TextRangeRecord
{
    /// <summary>Offset of the first character.</summary>
    [JsonPropertyName("start")]
    public required int Start { get; init; }

    /// <summary>Offset just past the last character.</summary>
    [JsonPropertyName("end")]
    public required int End { get; init; }
}
