using System.Text.Json.Serialization;

namespace EntityKit.Json;

/// <summary>The source-generated System.Text.Json metadata of the record: no reflection at run time.</summary>
[JsonSourceGenerationOptions(RespectNullableAnnotations = true, RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(ArticleAnalysisRecord))]
internal sealed partial class ArticleAnalysisJsonContext : JsonSerializerContext;
