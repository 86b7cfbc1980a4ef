using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace EntityKit.Cli.Serving;

/// <summary>
/// Compile-time JSON metadata for what the service serializes or describes through ASP.NET Core's JSON options: the
/// problem answers (400, 413, 500, 503) and the request body the OpenAPI document shows. The tool is published with
/// Native AOT, where System.Text.Json has no reflection to fall back on; without this, <c>/openapi/v1.json</c> and
/// every problem answer would fail there.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ProblemDetails))]
[JsonSerializable(typeof(HttpValidationProblemDetails))]
[JsonSerializable(typeof(AnalyzeRequest))]
internal sealed partial class ServeJsonContext : JsonSerializerContext;
