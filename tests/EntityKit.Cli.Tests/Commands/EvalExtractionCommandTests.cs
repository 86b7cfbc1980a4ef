using System.IO.Compression;
using System.Text;
using System.Text.Json;
using EntityKit.Cli.Tests.TestSupport;

namespace EntityKit.Cli.Tests.Commands;

public sealed class EvalExtractionCommandTests : IDisposable
{
    private const string Story =
        "<p>The council voted on Monday to close the old bridge to cars from the start of next month.</p>"
        + "<p>Engineers found cracks in two of its supports during an inspection last autumn, the report said.</p>"
        + "<p>Buses will use the ring road until repairs are finished, which the council expects by the summer.</p>";

    private const string Truth =
        "The council voted on Monday to close the old bridge to cars from the start of next month.\n"
        + "Engineers found cracks in two of its supports during an inspection last autumn, the report said.\n"
        + "Buses will use the ring road until repairs are finished, which the council expects by the summer.";

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void EvalExtraction_PagesAndTruth_PrintsScoresAndWritesTheBenchmarkOutput()
    {
        WritePage("clean", $"<html><head><title>Bridge closes</title></head><body><article><h1>Bridge closes</h1>{Story}</article></body></html>");
        WritePage("chrome", $"<html><head><title>Bridge closes</title></head><body><article><h1>Bridge closes</h1>{Story}"
            + "<p>Follow us on Twitter and Facebook for the latest on the bridge closure and other local transport news.</p></article></body></html>");
        var truth = _dir.Write("truth.json", JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["clean"] = new { articleBody = Truth, url = "https://example.org/clean" },
            ["chrome"] = new { articleBody = Truth },
        }));
        var output = Path.Combine(_dir.Path, "entitykit.json");

        var run = CliRun.Invoke("eval-extraction", "--pages", _dir.Path, "--truth", truth, "--output", output, "--worst", "1");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Contains("Pages: 2", run.Out);
        Assert.Contains("F1 1.000  precision 1.000  recall 1.000  exact 1.000", run.Out);
        Assert.Contains("Lowest-scoring pages", run.Out);
        using var written = JsonDocument.Parse(File.ReadAllText(output));
        Assert.Equal(["clean", "chrome"], written.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.DoesNotContain("Follow us", written.RootElement.GetProperty("chrome").GetProperty("articleBody").GetString());
    }

    [Fact]
    public void EvalExtraction_PageMissing_Exits2NamingIt()
    {
        var truth = _dir.Write("truth.json", """{"absent": {"articleBody": "x"}}""");

        var run = CliRun.Invoke("eval-extraction", "--pages", _dir.Path, "--truth", truth);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'absent.html.gz'", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void EvalExtraction_TruthMissing_Exits2()
    {
        var missing = Path.Combine(_dir.Path, "none.json");

        var run = CliRun.Invoke("eval-extraction", "--pages", _dir.Path, "--truth", missing);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([$"entitykit: '{missing}' does not exist."], run.ErrorLines);
    }

    private void WritePage(string id, string html)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(html));
        }

        _dir.WriteBytes(id + ".html.gz", buffer.ToArray());
    }
}
