using System.Text.Json.Serialization;

namespace EntityKit.Json;

/// <summary>A boilerplate region in the JSON record: <c>{"start", "end", "kind"}</c>, where <c>kind</c> is the name of
/// a <see cref="BoilerplateKind"/> such as <c>Navigation</c>.</summary>
/// <remarks>Immutable.</remarks>
public sealed record BoilerplateRecord
{
    /// <summary>Offset of the region's first character.</summary>
    [JsonPropertyName("start")]
    public required int Start { get; init; }

    /// <summary>Offset just past its last character.</summary>
    [JsonPropertyName("end")]
    public required int End { get; init; }

    /// <summary>What the region is: the name of a <see cref="BoilerplateKind"/>.</summary>
    [JsonPropertyName("kind")]
    public required string Kind { get; init; }
}
