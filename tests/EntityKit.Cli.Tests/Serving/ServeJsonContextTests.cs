using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using EntityKit.Cli.Serving;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace EntityKit.Cli.Tests.Serving;

/// <summary>
/// The Native AOT tool has no reflection-based JSON: whatever the service serializes or describes through ASP.NET
/// Core's JSON options must come from <see cref="ServeJsonContext"/>. These tests use that context alone, as AOT does.
/// </summary>
public sealed class ServeJsonContextTests
{
    private static readonly JsonSerializerOptions ContextOnly = new(JsonSerializerDefaults.Web) { TypeInfoResolver = ServeJsonContext.Default };

    [Theory]
    [InlineData(typeof(ProblemDetails))]
    [InlineData(typeof(HttpValidationProblemDetails))]
    [InlineData(typeof(AnalyzeRequest))]
    public void Context_DescribesEveryTypeTheServiceSerializes(Type type)
    {
        var info = ContextOnly.GetTypeInfo(type);

        Assert.Equal(JsonTypeInfoKind.Object, info.Kind);
    }

    [Fact]
    public void Context_WritesAProblemAnswerWithItsStandardNames()
    {
        var problem = new ProblemDetails { Title = "The request is too large.", Status = 413, Detail = "at most 4194304 bytes" };

        var json = JsonSerializer.Serialize(problem, ContextOnly);

        Assert.Contains("\"title\":\"The request is too large.\"", json, StringComparison.Ordinal);
        Assert.Contains("\"status\":413", json, StringComparison.Ordinal);
        Assert.Contains("\"detail\":\"at most 4194304 bytes\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Context_DescribesTheRequestBodyInCamelCase()
    {
        var names = ContextOnly.GetTypeInfo(typeof(AnalyzeRequest)).Properties.Select(p => p.Name).Order(StringComparer.Ordinal);

        Assert.Equal(["html", "id", "text", "title"], names);
    }
}
