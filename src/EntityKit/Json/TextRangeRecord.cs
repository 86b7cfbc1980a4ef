using System.Text.Json.Serialization;

namespace EntityKit.Json;

/// <summary>A half-open range <c>[start, end)</c> of UTF-16 code units in the JSON record: the shape of a sentence and
/// of a token.</summary>
/// <remarks>An immutable value type.</remarks>
public readonly record struct TextRangeRecord
{
    /// <summary>Creates a range.</summary>
    /// <param name="start">Offset of the first character.</param>
    /// <param name="end">Offset just past the last character.</param>
    [JsonConstructor]
    public TextRangeRecord(int start, int end)
    {
        Start = start;
        End = end;
    }

    /// <summary>Offset of the first character.</summary>
    [JsonPropertyName("start")]
    public int Start { get; }

    /// <summary>Offset just past the last character.</summary>
    [JsonPropertyName("end")]
    public int End { get; }
}
