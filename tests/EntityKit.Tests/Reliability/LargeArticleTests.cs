using System.Text;

namespace EntityKit.Tests.Reliability;

/// <summary>The large hostile articles, built once for the class: a 20 MB article, a 1 MB token without spaces and a
/// million newlines. Each is analysed once by the default pipeline.</summary>
public sealed class LargeArticleFixture
{
    /// <summary>10,000,000 UTF-16 code units (20 MB): the default maximum article length, reached exactly.</summary>
    public string TwentyMegabytes { get; } = BuildTwentyMegabytes();

    /// <summary>One token of 1,048,576 characters (letters, digits, emoji, combining marks, no space).</summary>
    public string OneMegabyteToken { get; } = BuildOneMegabyteToken();

    /// <summary>"Leeds" followed by a million line feeds and "Paris".</summary>
    public string MillionNewlines { get; } = "Leeds" + new string('\n', 1_000_000) + "Paris";

    private static string BuildTwentyMegabytes()
    {
        string[] paragraphs =
        [
            "The city council in Leeds approved a £3.2m budget on Tuesday, said Anna Verhoeven, its leader.\n\n",
            "Mr. Иванов met 李明 and محمد in Zürich 🇨🇭 — “it went well” 👍🏽, he said!!!\n",
            "<p>Ça\u0301rdenas of the U.S. Federal Reserve said 1,234,567.89 dollars\u200B were moved.</p>\r\n",
        ];
        var builder = new StringBuilder(AnalyzerOptions.DefaultMaxArticleLength);
        var i = 0;
        while (builder.Length + paragraphs[i % paragraphs.Length].Length <= AnalyzerOptions.DefaultMaxArticleLength)
        {
            builder.Append(paragraphs[i++ % paragraphs.Length]);
        }

        builder.Append('x', AnalyzerOptions.DefaultMaxArticleLength - builder.Length);
        return builder.ToString();
    }

    private static string BuildOneMegabyteToken()
    {
        var builder = new StringBuilder(1 << 20);
        var pieces = new[] { "Leeds", "2024", "e\u0301", "👍", "abc", "XYZ", "_" };
        var i = 0;
        while (builder.Length < 1 << 20)
        {
            builder.Append(pieces[i++ % pieces.Length]);
        }

        builder.Length = 1 << 20;
        if (char.IsHighSurrogate(builder[^1]))
        {
            builder[^1] = 'z';
        }

        return builder.ToString();
    }
}

/// <summary>The large articles are analysed without exceptions, within the length limit, with offsets on character
/// boundaries; the limit itself is enforced with a dedicated exception.</summary>
public sealed class LargeArticleTests(LargeArticleFixture fixture) : IClassFixture<LargeArticleFixture>
{
    [Fact]
    public void Analyze_TwentyMegabyteArticle_SucceedsWithWellFormedOffsets()
    {
        var text = fixture.TwentyMegabytes;
        Assert.Equal(AnalyzerOptions.DefaultMaxArticleLength, text.Length);

        var analysis = ReliabilityAnalyzers.Default.Analyze(new Article("big", text));

        AnalysisChecks.AssertWellFormed(text, analysis);
        Assert.True(analysis.Tokens.Length > 1_000_000);
    }

    [Fact]
    public void Analyze_OneMegabyteTokenWithoutSpaces_Succeeds()
    {
        var text = fixture.OneMegabyteToken;

        foreach (var analyzer in new[] { ReliabilityAnalyzers.Default, ReliabilityAnalyzers.WithCapitalizedRuns })
        {
            AnalysisChecks.AssertWellFormed(text, analyzer.Analyze(new Article("token", text)));
        }
    }

    [Fact]
    public void Analyze_MillionNewlines_SucceedsWithTheTwoWordsAsTokens()
    {
        var text = fixture.MillionNewlines;

        var analysis = ReliabilityAnalyzers.WithCapitalizedRuns.Analyze(new Article("newlines", text));

        AnalysisChecks.AssertWellFormed(text, analysis);
        Assert.Equal(["Leeds", "Paris"], analysis.Tokens.Select(t => t.GetText(text).ToString()));
    }

    [Fact]
    public void Analyze_OneCharacterOverTheLimit_ThrowsArticleTooLongExceptionNamingTheArticle()
    {
        var analyzer = ReliabilityAnalyzers.Default;
        var text = fixture.TwentyMegabytes + "!";

        var exception = Assert.Throws<ArticleTooLongException>(() => analyzer.Analyze(new Article("too-long", text)));

        Assert.Equal("too-long", exception.ArticleId);
        Assert.Equal(AnalyzerOptions.DefaultMaxArticleLength + 1, exception.Length);
        Assert.Equal(AnalyzerOptions.DefaultMaxArticleLength, exception.MaxLength);
        Assert.Contains("too-long", exception.Message);
    }

    [Fact]
    public void AnalyzeMany_ArticleOverTheLimit_FailsAloneAndTheOthersSucceed()
    {
        var analyzer = Models.English.EnglishArticleAnalyzer.Create(new AnalyzerOptions { MaxArticleLength = 1000 });
        var articles = new[] { new Article("a", "Leeds."), new Article("long", new string('x', 1001)), new Article("b", "Paris.") };

        var results = analyzer.AnalyzeMany(articles).ToList();

        Assert.Equal(["a", "long", "b"], results.Select(r => r.Id));
        Assert.True(results[0].Succeeded && results[2].Succeeded);
        Assert.Equal(typeof(ArticleTooLongException).FullName, results[1].Error!.ExceptionType);
        Assert.Contains("'long'", results[1].Error!.Message);
    }
}
