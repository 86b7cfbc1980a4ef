using EntityKit.Cli.Tests.TestSupport;

namespace EntityKit.Cli.Tests.Commands;

public sealed class AnalyzeLanguageTests
{
    private const string Feed =
        """
        {"id":"de","text":"Die Bundesregierung hat am Dienstag ein neues Gesetz beschlossen. Der Krieg in der Ukraine habe die Lage verändert, sagte der Minister."}
        {"id":"fr","text":"Le gouvernement a présenté mardi un projet de loi sur les retraites, qui sera débattu à l'Assemblée nationale en janvier."}
        {"id":"en","text":"The Senate met in Washington on Friday and said that it would vote on the bill next week."}

        """;

    [Fact]
    public void Analyze_MixedLanguageFeed_RecordsLanguageAndSkipsForeignArticlesWithOneWarning()
    {
        var run = CliRun.InvokeWithStdin(Feed, "analyze", "-");

        Assert.Equal(0, run.ExitCode);
        var records = run.Records;
        Assert.Equal(["de", "fr", "en"], records.Select(r => r.GetProperty("language").GetString()));
        Assert.Equal(0, records[0].GetProperty("mentions").GetArrayLength());
        Assert.Equal(0, records[1].GetProperty("mentions").GetArrayLength());
        Assert.True(records[2].GetProperty("mentions").GetArrayLength() > 0);
        var warning = Assert.Single(run.ErrorLines, line => line.Contains("warning", StringComparison.Ordinal));
        Assert.Contains("2 articles got no mentions: not in English (de ×1, fr ×1)", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_LanguageEn_AnalysesEveryArticleAsEnglishWithoutWarning()
    {
        var run = CliRun.InvokeWithStdin(Feed, "analyze", "-", "--language", "en");

        Assert.Equal(0, run.ExitCode);
        Assert.All(run.Records, r => Assert.Equal("en", r.GetProperty("language").GetString()));
        Assert.True(run.Records[0].GetProperty("mentions").GetArrayLength() > 0);
        Assert.DoesNotContain(run.ErrorLines, line => line.Contains("warning", StringComparison.Ordinal));
    }
}
