using System.Text.Json.Serialization;

namespace EntityKit.Json;

/// <summary>An entity in the JSON record: <c>{"name", "type", "aliases", "mentions", "salience", "first", "roles"?,
/// "links"?, "mentionIndexes"}</c>.</summary>
/// <remarks>Immutable.</remarks>
public sealed record EntityRecord
{
    /// <summary>The canonical name.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>The entity type's name.</summary>
    [JsonPropertyName("type")]
    public required string Type { get; init; }

    /// <summary>The other surface forms used in the article.</summary>
    [JsonPropertyName("aliases")]
    public required IReadOnlyList<string> Aliases { get; init; }

    /// <summary>The number of mentions.</summary>
    [JsonPropertyName("mentions")]
    public required int MentionCount { get; init; }

    /// <summary>Salience in [0, 1], rounded to 4 decimals.</summary>
    [JsonPropertyName("salience")]
    public required double Salience { get; init; }

    /// <summary>Offset of the first mention, or -1 when the resolver did not give it.</summary>
    [JsonPropertyName("first")]
    public required int First { get; init; }

    /// <summary>The roles or titles the article gives the entity; null (absent from the JSON) when it gives none.</summary>
    [JsonPropertyName("roles")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Roles { get; init; }

    /// <summary>Links to knowledge-base records (for places: GeoNames ids with coordinates), best first; null (absent)
    /// when there are none.</summary>
    [JsonPropertyName("links")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<LinkRecord>? Links { get; init; }

    /// <summary>The positions of the entity's mentions in <see cref="ArticleAnalysisRecord.Mentions"/>, ascending.</summary>
    [JsonPropertyName("mentionIndexes")]
    public required IReadOnlyList<int> MentionIndexes { get; init; }
}
