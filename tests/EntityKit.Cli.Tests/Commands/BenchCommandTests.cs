using System.Globalization;
using EntityKit.Cli.Benchmarking;
using EntityKit.Cli.Tests.TestSupport;

namespace EntityKit.Cli.Tests.Commands;

public sealed class BenchCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Bench_TinyInventedRun_PrintsCountsAndRates()
    {
        var run = CliRun.Invoke("bench", "--articles", "3", "--threads", "2");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        var values = ParseReport(run.Out);
        Assert.Equal(["articles", "threads", "tokens", "mentions", "elapsed", "articles/s", "tokens/s"], values.Keys);
        Assert.Equal("3", values["articles"]);
        Assert.Equal("2", values["threads"]);
        Assert.True(ParseNumber(values["tokens"]) > 3 * 200, "three invented articles have hundreds of tokens each");
        Assert.True(ParseNumber(values["mentions"]) > 0, "invented news names people, places and companies");
        Assert.True(ParseNumber(values["tokens/s"]) > 0);
    }

    [Fact]
    public void Bench_Input_AnalysesTheFileArticlesOnly()
    {
        var path = _dir.Write("news.jsonl", Fixtures.JsonLine("h", Fixtures.Harbour) + "\n{oops\n" + Fixtures.JsonLine("c", Fixtures.Council) + "\n");

        var run = CliRun.Invoke("bench", "--input", path, "--threads", "1");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("2", ParseReport(run.Out)["articles"]);
    }

    [Fact]
    public void Bench_MissingInput_IsAUsageError()
    {
        var missing = Path.Combine(_dir.Path, "missing.jsonl");

        var run = CliRun.Invoke("bench", "--input", missing);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Equal([$"entitykit: '{missing}' does not exist."], run.ErrorLines);
    }

    [Fact]
    public void InventedNews_SameIndex_GivesTheSameArticleAndNeighboursDiffer()
    {
        var first = InventedNews.Create(7);

        Assert.Equal("bench-7", first.Id);
        Assert.Equal(first.Text, InventedNews.Create(7).Text);
        Assert.NotEqual(first.Text, InventedNews.Create(8).Text);
        Assert.InRange(first.Text.Length, 1000, 4000);
        Assert.DoesNotContain("{", first.Text);
    }

    private static Dictionary<string, string> ParseReport(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(parts => parts[0], parts => parts[1].Trim().Split(' ')[0]);

    private static double ParseNumber(string value) => double.Parse(value, NumberStyles.Number, CultureInfo.InvariantCulture);
}
