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
        Assert.Equal(["articles", "threads", "tokens", "mentions", "elapsed", "articles/s", "tokens/s", "cpu", "tokens/cpu-s", "load"], values.Keys);
        Assert.Equal("3", values["articles"]);
        Assert.Equal("2", values["threads"]);
        Assert.True(ParseNumber(values["tokens"]) > 3 * 200, "three invented articles have hundreds of tokens each");
        Assert.True(ParseNumber(values["mentions"]) > 0, "invented news names people, places and companies");
        Assert.True(ParseNumber(values["tokens/s"]) > 0);
        Assert.True(ParseNumber(values["tokens/cpu-s"]) > 0);
        // The shared model may already be loaded in this test process, so creating the analyzer can round to 0.00 s.
        Assert.True(ParseNumber(values["load"]) >= 0);
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
    public void Bench_BioWithGenre_AnalysesOnlyThatGenresDocumentsAsRunningText()
    {
        var bio = WriteTinyBioCorpus();

        var run = CliRun.Invoke("bench", "--bio", bio, "--genre", "nw", "--threads", "1");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        var values = ParseReport(run.Out);
        Assert.Equal("2", values["articles"]);
        Assert.Equal("13", values["tokens"]);
    }

    [Fact]
    public void BioCorpusArticles_Genre_KeepsDocumentIndexAsIdAndDetokenizes()
    {
        var articles = BioCorpusArticles.Load(WriteTinyBioCorpus(), "nw");

        Assert.Equal(["doc-0", "doc-2"], articles.Select(a => a.Id));
        Assert.Equal("Ana Silva said on Monday.", articles[0].Text.Trim());
    }

    [Fact]
    public void Bench_BioWithoutGenre_AnalysesEveryDocument()
    {
        var run = CliRun.Invoke("bench", "--bio", WriteTinyBioCorpus(), "--threads", "1");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("3", ParseReport(run.Out)["articles"]);
    }

    [Fact]
    public void Bench_BioGenreWithoutDocumentTable_IsAUsageErrorNamingTheTable()
    {
        var bio = _dir.Write("lonely.bio", "Hello\tO\n\n");

        var run = CliRun.Invoke("bench", "--bio", bio, "--genre", "nw");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains(Path.Combine(_dir.Path, "lonely.docs.tsv"), run.Error);
    }

    [Fact]
    public void Bench_BioMalformedDocumentTable_NamesFileAndLine()
    {
        var bio = WriteTinyBioCorpus();
        File.WriteAllText(BioCorpusArticles.DocumentTablePath(bio), "doc_index\tdoc_id\tpart\tgenre\n0\tnw/a\n");

        var run = CliRun.Invoke("bench", "--bio", bio, "--genre", "nw");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("tiny.docs.tsv:2:", run.Error);
    }

    [Fact]
    public void Bench_GenreWithoutBio_IsAUsageError()
    {
        var run = CliRun.Invoke("bench", "--genre", "nw");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Equal(["entitykit: --genre needs --bio."], run.ErrorLines);
    }

    /// <summary>Three documents: 0 and 2 newswire (6 + 7 tokens), 1 broadcast conversation.</summary>
    private string WriteTinyBioCorpus()
    {
        var bio = _dir.Write(
            "tiny.bio",
            "-DOCSTART-\tO\n\nAna\tB-PERSON\nSilva\tI-PERSON\nsaid\tO\non\tO\nMonday\tB-DATE\n.\tO\n\n"
            + "-DOCSTART-\tO\n\nuh\tO\nyes\tO\n\n"
            + "-DOCSTART-\tO\n\nShares\tO\nof\tO\nAcme\tB-ORG\nrose\tO\n2\tB-PERCENT\n%\tI-PERCENT\n.\tO\n\n");
        _dir.Write("tiny.docs.tsv", "doc_index\tdoc_id\tpart\tgenre\tsentences\ttokens\n0\tnw/a\t000\tnw\t1\t6\n1\tbc/b\t000\tbc\t1\t2\n2\tnw/c\t000\tnw\t1\t7\n");
        return bio;
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
