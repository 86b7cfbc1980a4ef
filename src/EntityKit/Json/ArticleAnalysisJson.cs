using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace EntityKit.Json;

/// <summary>
/// The JSON contract of an analysis, shared by the library and <c>entitykit analyze</c>: turns an
/// <see cref="ArticleAnalysis"/> into the documented record (docs/FORMAT.md, docs/schema/article-analysis.schema.json)
/// and writes and reads that record with source-generated System.Text.Json metadata (no reflection; trimming- and
/// AOT-safe). Writing a record that was read gives the same bytes again.
/// </summary>
/// <remarks>Thread-safe: it holds no state besides the immutable serializer metadata.</remarks>
public static class ArticleAnalysisJson
{
    /// <summary>
    /// Escape only what JSON requires (quotes, backslashes, control characters; characters outside the Basic
    /// Multilingual Plane become surrogate-pair escapes): other non-ASCII text stays readable UTF-8, as documented.
    /// Reading rejects a null where the record has a non-nullable member.
    /// </summary>
    private static readonly ArticleAnalysisJsonContext Context = new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    });

    /// <summary>The writer options that give the documented escaping, for callers who write records to their own
    /// <see cref="Utf8JsonWriter"/>.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>The serializer metadata of the record, for composing it into other source-generated contracts.</summary>
    public static JsonTypeInfo<ArticleAnalysisRecord> TypeInfo => Context.ArticleAnalysisRecord;

    /// <summary>Builds the record of an analysis.</summary>
    /// <param name="analysis">The analysis (failed ones give a record with their error and empty arrays).</param>
    /// <param name="article">The article that was analysed, for its title, publication date and URL; null when not
    /// at hand.</param>
    /// <param name="options">What to include besides the analysis; null for <see cref="ArticleAnalysisJsonOptions.Default"/>.</param>
    public static ArticleAnalysisRecord ToRecord(ArticleAnalysis analysis, Article? article = null, ArticleAnalysisJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        options ??= ArticleAnalysisJsonOptions.Default;
        var carriesText = options.IncludeText && analysis.Succeeded;
        var metadata = options.IncludeText ? article : null;
        return new ArticleAnalysisRecord
        {
            Id = analysis.Id,
            Sentences = [.. analysis.Sentences.Select(s => new TextRangeRecord { Start = s.Start, End = s.End })],
            Mentions = [.. analysis.Mentions.Select(ToMentionRecord)],
            Entities = [.. analysis.Entities.Select(ToEntityRecord)],
            Language = analysis.Succeeded ? analysis.Language : null,
            Tokens = options.IncludeTokens ? [.. analysis.Tokens.Select(t => new TextRangeRecord { Start = t.Start, End = t.End })] : null,
            Title = metadata?.Title,
            Published = metadata?.Published,
            Url = metadata?.Url,
            Text = carriesText ? analysis.Text : null,
            Boilerplate = carriesText ? [.. analysis.Boilerplate.Select(ToBoilerplateRecord)] : null,
            Error = analysis.Error?.Message,
        };
    }

    /// <summary>Writes a record as one JSON object (no line end).</summary>
    /// <param name="writer">The writer; give it <see cref="WriterOptions"/> for the documented escaping.</param>
    /// <param name="record">The record.</param>
    public static void Write(Utf8JsonWriter writer, ArticleAnalysisRecord record)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(record);
        JsonSerializer.Serialize(writer, record, TypeInfo);
    }

    /// <summary>The record as one line of JSON (no line end).</summary>
    /// <param name="record">The record.</param>
    public static string Serialize(ArticleAnalysisRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return JsonSerializer.Serialize(record, TypeInfo);
    }

    /// <summary>The record of an analysis as one line of JSON (no line end); see <see cref="ToRecord"/>.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="article">The article that was analysed, or null.</param>
    /// <param name="options">What to include; null for the defaults.</param>
    public static string Serialize(ArticleAnalysis analysis, Article? article = null, ArticleAnalysisJsonOptions? options = null) =>
        Serialize(ToRecord(analysis, article, options));

    /// <summary>Reads one record, such as a line of <c>entitykit analyze</c> output. Unknown members are ignored, so
    /// records from newer versions still read.</summary>
    /// <param name="json">The JSON object.</param>
    /// <exception cref="JsonException">The JSON is invalid, not an object, lacks a required member, or has a member
    /// of the wrong type.</exception>
    public static ArticleAnalysisRecord Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return JsonSerializer.Deserialize(json, TypeInfo) ?? throw new JsonException("Expected a JSON object, found null.");
    }

    /// <summary>Reads one record from UTF-8 bytes; see <see cref="Deserialize(string)"/>.</summary>
    /// <param name="utf8Json">The UTF-8 bytes of the JSON object.</param>
    /// <exception cref="JsonException">The JSON is not a valid record.</exception>
    public static ArticleAnalysisRecord Deserialize(ReadOnlySpan<byte> utf8Json) =>
        JsonSerializer.Deserialize(utf8Json, TypeInfo) ?? throw new JsonException("Expected a JSON object, found null.");

    private static MentionRecord ToMentionRecord(EntityMention mention) => new()
    {
        Start = mention.Start,
        End = mention.End,
        Text = mention.Text,
        Type = mention.Type.Name,
        Confidence = Math.Round(mention.Confidence, 4),
        Id = mention.EntryId,
        Value = mention.Value is { } value ? ToValueRecord(value) : null,
    };

    private static ValueRecord ToValueRecord(MentionValue value) => new()
    {
        Kind = value.Kind.ToString().ToLowerInvariant(),
        Timex = value.Timex,
        Number = value.Number,
        Maximum = value.Maximum,
        Unit = value.Unit,
        Modifier = value.Modifier,
    };

    private static LinkRecord ToLinkRecord(EntityLink link) => new()
    {
        Source = link.Source,
        Id = link.Id,
        Name = link.Name,
        Latitude = link.Latitude,
        Longitude = link.Longitude,
        CountryCode = link.CountryCode,
        FeatureClass = link.FeatureClass,
        FeatureCode = link.FeatureCode,
        Population = link.Population,
        Score = link.Score,
    };

    private static EntityRecord ToEntityRecord(Entity entity) => new()
    {
        Name = entity.Name,
        Type = entity.Type.Name,
        Aliases = entity.Aliases,
        MentionCount = entity.MentionCount,
        Salience = Math.Round(entity.Salience, 4),
        First = entity.FirstOffset,
        Roles = entity.Roles.IsEmpty ? null : entity.Roles,
        Links = entity.Links.IsEmpty ? null : [.. entity.Links.Select(ToLinkRecord)],
        MentionIndexes = entity.MentionIndexes,
    };

    private static BoilerplateRecord ToBoilerplateRecord(TextRegion region) => new()
    {
        Start = region.Start,
        End = region.End,
        Kind = region.Kind.ToString(),
    };
}
