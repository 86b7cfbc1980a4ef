using System.Text.Json;
using EntityKit.Cli.Tests.TestSupport;
using EntityKit.Json;
using Json.Schema;

namespace EntityKit.Cli.Tests.Output;

/// <summary>Real <c>entitykit analyze</c> output — plain text, a web page, a dictionary id, an error record, with and
/// without tokens and text — is valid against docs/schema/article-analysis.schema.json (JsonSchema.Net), and reads
/// and writes back byte for byte through the library's contract, <see cref="ArticleAnalysisJson"/>.</summary>
public sealed class JsonlRecordSchemaTests : IDisposable
{
    private static readonly JsonSchema Schema =
        JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schema", "article-analysis.schema.json")));

    private static readonly EvaluationOptions Validation = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    public static TheoryData<string[]> OptionSets => new()
    {
        new string[0],
        new[] { "--tokens" },
        new[] { "--include-text" },
        new[] { "--tokens", "--include-text" },
    };

    [Theory]
    [MemberData(nameof(OptionSets))]
    public void Analyze_RealOutput_EveryRecordIsValidAgainstTheSchema(string[] options)
    {
        var run = RunOnMixedInput(options);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["a-plain", "b-page", "c-news.jsonl:1", "tagged", "c-council"], run.Records.Select(r => r.GetProperty("id").GetString()));
        Assert.Contains(run.Records[3].GetProperty("mentions").EnumerateArray(), m => m.TryGetProperty("id", out var id) && id.GetString() == "CF-1");
        Assert.True(run.Records[1].TryGetProperty("boilerplate", out _), "the web page's record carries its boilerplate");
        foreach (var record in run.Records)
        {
            var result = Schema.Evaluate(record, Validation);
            Assert.True(result.IsValid, $"{record.GetProperty("id").GetString()}: {Describe(result)}");
        }
    }

    [Theory]
    [MemberData(nameof(OptionSets))]
    public void Analyze_RealOutput_ReadsAndWritesBackByteForByteThroughTheLibrary(string[] options)
    {
        var run = RunOnMixedInput(options);

        foreach (var line in run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            Assert.Equal(line, ArticleAnalysisJson.Serialize(ArticleAnalysisJson.Deserialize(line)));
        }
    }

    [Theory]
    [InlineData("""{"id":"a","sentences":[],"mentions":[],"entities":[],"error":null,"extra":1}""")]
    [InlineData("""{"id":"a","sentences":[],"mentions":[],"entities":[]}""")]
    [InlineData("""{"id":"a","sentences":[{"start":-1,"end":2}],"mentions":[],"entities":[],"error":null}""")]
    [InlineData("""{"id":"a","sentences":[],"mentions":[{"start":0,"end":1,"text":"A","type":"person","confidence":0.5}],"entities":[],"error":null}""")]
    [InlineData("""{"id":"a","sentences":[],"mentions":[],"entities":[],"text":"A","error":null}""")]
    [InlineData("""{"id":"a","sentences":[],"mentions":[],"entities":[],"text":"A","boilerplate":[{"start":0,"end":1,"kind":"Weather"}],"error":null}""")]
    [InlineData("""{"id":"a","sentences":[],"mentions":[],"entities":[],"published":"last Tuesday","error":null}""")]
    public void Schema_RejectsRecordsOutsideTheContract(string json)
    {
        using var document = JsonDocument.Parse(json);

        Assert.False(Schema.Evaluate(document.RootElement, Validation).IsValid, json);
    }

    /// <summary>A directory with a plain-text file, a web page and a JSONL file holding a malformed line, an article
    /// matched by a dictionary entry with an id, and a web page.</summary>
    private CliRun RunOnMixedInput(string[] options)
    {
        _dir.Write("in/a-plain.txt", "Live updates: Storm in the Channel\n\nThe ferry from Portsmouth reached Cherbourg at 9.15am on Tuesday.");
        _dir.Write("in/b-page.html", HtmlFixtures.Harbour);
        _dir.Write("in/c-news.jsonl", string.Join('\n',
            "{\"id\":",
            Fixtures.JsonLine("tagged", "Shares of Coastal Ferries rose 4% on Monday."),
            $"{{\"id\":\"c-council\",\"html\":{JsonSerializer.Serialize(HtmlFixtures.Council, JsonContext.Default.String)}}}") + "\n");
        var dictionary = _dir.Write("companies.csv", "forms,type,id\nCoastal Ferries,ORG,CF-1\n");
        return CliRun.Invoke(["analyze", Path.Combine(_dir.Path, "in"), "--dictionary", dictionary, "--before-model", .. options]);
    }

    private static string Describe(EvaluationResults result) =>
        string.Join("; ", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")));
}
