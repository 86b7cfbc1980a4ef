using System.Text.Json.Serialization;

namespace EntityKit.Json;

/// <summary>The source-generated System.Text.Json metadata of the record: no reflection at run time. Its options are
/// set where it is created (<see cref="ArticleAnalysisJson"/>).</summary>
[JsonSerializable(typeof(ArticleAnalysisRecord))]
internal sealed partial class ArticleAnalysisJsonContext : JsonSerializerContext;
