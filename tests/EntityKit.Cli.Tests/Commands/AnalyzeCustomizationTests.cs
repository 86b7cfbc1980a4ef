using EntityKit.Cli.Tests.TestSupport;

namespace EntityKit.Cli.Tests.Commands;

public sealed class AnalyzeCustomizationTests : IDisposable
{
    private const string Text = "Officials in Baghdad said $AAPL and Apple rose 300 points.";
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Analyze_DictionaryPatternsAndCorrectionsBeforeModel_WinOverlapsAndWriteEntryIds()
    {
        var article = _dir.Write("a.txt", Text);
        var places = _dir.Write("places.csv", "Baghdad,GPE,Q1530\n");
        var companies = _dir.Write("companies.jsonl", "{\"type\":\"ORG\",\"forms\":[\"Apple\"],\"id\":\"Q312\"}\n");
        var patterns = _dir.Write("patterns.jsonl", "{\"type\":\"TICKER\",\"tokens\":[{\"text\":\"$\"},{\"regex\":\"[A-Z]+\",\"spaceBefore\":false}]}\n");
        var corrections = _dir.Write("corrections.jsonl", "{\"rename\":\"ORG\",\"to\":\"COMPANY\"}\n");

        var run = CliRun.Invoke("analyze", "--dictionary", places, "--dictionary", companies,
            "--patterns", patterns, "--corrections", corrections, "--before-model", article);

        Assert.Equal(0, run.ExitCode);
        var mentions = Assert.Single(run.Records).GetProperty("mentions").EnumerateArray()
            .Select(m => (m.GetProperty("text").GetString(), m.GetProperty("type").GetString(), m.TryGetProperty("id", out var id) ? id.GetString() : null))
            .ToList();
        Assert.Contains(("Baghdad", "GPE", "Q1530"), mentions);
        Assert.Contains(("$AAPL", "TICKER", null), mentions);
        Assert.Contains(("Apple", "COMPANY", "Q312"), mentions);
    }

    public static TheoryData<string[], string[]> MatchOptions => new()
    {
        { [], ["Zorvath Ulm"] },
        { ["--dictionary-match", "ignore-case"], ["Zorvath Ulm", "ZORVATH ULM"] },
        { ["--dictionary-match", "ignore-case,ignore-diacritics,hyphen-variants"], ["Zorvath Ulm", "ZORVATH ULM", "Zörvath-Ulm"] },
        { ["--dictionary-match", "ignore-diacritics", "--dictionary-match", "hyphen-variants"], ["Zorvath Ulm", "Zörvath-Ulm"] },
    };

    [Theory]
    [MemberData(nameof(MatchOptions))]
    public void Analyze_DictionaryMatchOptions_WidenWhatTheDictionaryFinds(string[] options, string[] expected)
    {
        var article = _dir.Write("a.txt", "Zorvath Ulm met ZORVATH ULM and Zörvath-Ulm.");
        var people = _dir.Write("people.csv", "Zorvath Ulm,PERSON,P1\n");

        var run = CliRun.Invoke(["analyze", "--dictionary", people, "--before-model", .. options, article]);

        Assert.Equal(0, run.ExitCode);
        var found = Assert.Single(run.Records).GetProperty("mentions").EnumerateArray()
            .Where(m => m.TryGetProperty("id", out var id) && id.GetString() == "P1")
            .Select(m => m.GetProperty("text").GetString());
        Assert.Equal(expected, found);
    }

    [Fact]
    public void Analyze_UnknownDictionaryMatch_Exits2NamingTheValue()
    {
        var article = _dir.Write("a.txt", Text);
        var places = _dir.Write("places.csv", "Baghdad,GPE,Q1530\n");

        var run = CliRun.Invoke("analyze", "--dictionary", places, "--dictionary-match", "fuzzy", article);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("fuzzy", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_DictionaryAfterModel_KeepsOnlyMentionsTheModelDidNotCover()
    {
        var article = _dir.Write("a.txt", Text);
        var places = _dir.Write("places.csv", "Baghdad,GPE,Q1530\npoints,GPE,Q0\n");

        var withDictionary = Mentions(CliRun.Invoke("analyze", "--dictionary", places, article));
        var modelOnly = Mentions(CliRun.Invoke("analyze", article));

        // Every mention of the model alone is kept; the dictionary only adds mentions that overlap none of them, and
        // gives its id to a model mention with the same span and type.
        Assert.All(modelOnly, mention => Assert.Contains((mention.Text, mention.Type), withDictionary.Select(m => (m.Text, m.Type))));
        Assert.Contains(withDictionary, m => m.Text == "points" && m.Id == "Q0");
        Assert.Contains(modelOnly, m => m is { Text: "Baghdad", Type: "GPE", Id: null });
        Assert.All(withDictionary.Where(m => m.Text == "Baghdad"), m => Assert.Equal(("GPE", "Q1530"), (m.Type, m.Id)));
    }

    private static List<(string? Text, string? Type, string? Id)> Mentions(CliRun run)
    {
        Assert.Equal(0, run.ExitCode);
        return [.. Assert.Single(run.Records).GetProperty("mentions").EnumerateArray()
            .Select(m => (m.GetProperty("text").GetString(), m.GetProperty("type").GetString(), m.TryGetProperty("id", out var id) ? id.GetString() : null))];
    }

    [Fact]
    public void Analyze_MalformedDictionary_ExitsWithUsageErrorNamingFileAndLine()
    {
        var article = _dir.Write("a.txt", Text);
        var places = _dir.Write("places.csv", "Baghdad,GPE\nMosul\n");

        var run = CliRun.Invoke("analyze", article, "--dictionary", places);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{places}:2:", run.Error);
        Assert.Empty(run.Out);
    }
}
