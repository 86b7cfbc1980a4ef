using System.Text.Json.Serialization;

namespace EntityKit.Json;

/// <summary>
/// The JSON record of one analysed article, exactly as <c>entitykit analyze</c> writes it (docs/FORMAT.md,
/// docs/schema/article-analysis.schema.json): members in declaration order, optional members absent when null,
/// <c>error</c> always present. Build one with <see cref="ArticleAnalysisJson.ToRecord"/>, write and read it with
/// <see cref="ArticleAnalysisJson"/>.
/// </summary>
/// <remarks>Immutable. Every offset is a half-open range of UTF-16 code units into the article's text: the caller's
/// text for plain-text input, <see cref="Text"/> for a web page.</remarks>
public sealed record ArticleAnalysisRecord
{
    /// <summary>The article's id (or, for a record that could not be read, a stand-in such as <c>news.jsonl:17</c>).</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>The sentences, in text order.</summary>
    [JsonPropertyName("sentences")]
    public required IReadOnlyList<TextRangeRecord> Sentences { get; init; }

    /// <summary>The mentions, in text order.</summary>
    [JsonPropertyName("mentions")]
    public required IReadOnlyList<MentionRecord> Mentions { get; init; }

    /// <summary>The entities, most salient first.</summary>
    [JsonPropertyName("entities")]
    public required IReadOnlyList<EntityRecord> Entities { get; init; }

    /// <summary>The article's language as identified or declared (an ISO 639-1 code such as "en", "und" when
    /// undetermined); null (absent) for a failed record.</summary>
    [JsonPropertyName("language")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Language { get; init; }

    /// <summary>Every token, in text order; null (absent) unless asked for.</summary>
    [JsonPropertyName("tokens")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<TextRangeRecord>? Tokens { get; init; }

    /// <summary>The headline, when the text is carried and the article states one.</summary>
    [JsonPropertyName("title")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Title { get; init; }

    /// <summary>When the article was published, when the text is carried and the article states it.</summary>
    [JsonPropertyName("published")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTimeOffset? Published { get; init; }

    /// <summary>Where the article was published, when the text is carried and the article states it.</summary>
    [JsonPropertyName("url")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Url { get; init; }

    /// <summary>The text every offset points into: always for a web page (its extracted text), on request for plain
    /// text; null (absent) otherwise and for a failed record.</summary>
    [JsonPropertyName("text")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Text { get; init; }

    /// <summary>The regions of <see cref="Text"/> found to be site chrome, whose mentions were left out; present
    /// exactly when <see cref="Text"/> is.</summary>
    [JsonPropertyName("boilerplate")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<BoilerplateRecord>? Boilerplate { get; init; }

    /// <summary>Why the article could not be analysed, or null when it was (always present in the JSON).</summary>
    [JsonPropertyName("error")]
    public required string? Error { get; init; }
}
