namespace EntityKit.Tests.Reliability;

/// <summary>Named hostile texts that the default pipeline must analyse without throwing, with every offset promise
/// kept. Each case runs on the default analyzer and on one whose extra layer tags capitalised runs.</summary>
public sealed class HostileTextTests
{
    private static readonly Dictionary<string, string> Cases = new()
    {
        ["empty"] = "",
        ["spaces"] = "     ",
        ["whitespace-mix"] = " \t\r\n\u00A0\u2028\u2029\u3000\u000B\u000C\u0085 ",
        ["lone-high-surrogate"] = "\uD800",
        ["lone-low-surrogate"] = "\uDC00",
        ["reversed-pair"] = "Anna \uDC00\uD800 Verhoeven",
        ["ends-with-high-surrogate"] = "Leeds Council met in Paris \uD83D",
        ["surrogates-inside-words"] = "Ann\uD800a Ver\uDFFFhoeven said \uD83D\uDE00Leeds\uD83D.",
        ["controls"] = string.Concat(Enumerable.Range(0, 32).Select(c => (char)c)) + "Leeds\u007F\u0080\u009F Council",
        ["nul"] = "Anna\0Verhoeven met \0\0\0 the Leeds\0Council.\0",
        ["zero-width"] = "An\u200Bna Ver\u200Choeven\u200D met \u2060Leeds\uFEFF Council\u00AD.",
        ["bidi"] = "\u202EAnna Verhoeven\u202C met \u2067مرحبا\u2069 in \u200FLeeds\u200E. \u061C",
        ["combining"] = "Ça\u0301rdenas met Zoe\u0308\u0301\u0302\u0303 in Zu\u0308rich. a" + new string('\u0301', 5000),
        ["emoji"] = "Anna 👨\u200D👩\u200D👧\u200D👦 met 🇫🇷🇺🇸🇬🇧 Leeds 👍🏽👍🏽 Council ❤\uFE0F 1\uFE0F\u20E3 🏴\U000E0067\U000E0062\U000E007F.",
        ["lone-regional-indicators"] = "🇺 🇸🇺 🇫🇷🇫 Leeds",
        ["cjk"] = "東京で中国の習近平国家主席と会談した。北京、上海。",
        ["arabic"] = "قال الرئيس محمد في القاهرة يوم الثلاثاء إن المحادثات مستمرة.",
        ["mixed-scripts"] = "Mr. Иванов met 李明 and محمد in Zürich, İstanbul and Αθήνα on Tuesday.",
        ["html-fragments"] = "<p>Anna <b>Verhoeven</b> of <a href=\"https://x.org\">Leeds Council</a> said &amp; &#x1F600;</p><script>alert('x')</script><!-- c -->",
        ["exclamations"] = "Leeds won" + new string('!', 100_000),
        ["dots"] = "Wait" + new string('.', 50_000) + " Anna Verhoeven",
        ["mixed-punctuation"] = string.Concat(Enumerable.Repeat("?!…—-'\"“”()[]{}", 5000)),
        ["long-number"] = "The debt is $" + new string('9', 100_000) + ".5bn, said Anna Verhoeven.",
        ["long-grouped-number"] = "Total: " + string.Join(',', Enumerable.Repeat("999", 30_000)) + ".00",
        ["abbreviation-run"] = string.Concat(Enumerable.Repeat("U.S. Mr. Inc. etc. ", 5000)),
        ["capitalized-run"] = string.Join(' ', Enumerable.Repeat("Leeds", 20_000)),
        ["newlines-only"] = new string('\n', 50_000),
        ["crlf-article"] = "Anna Verhoeven said.\r\n\r\nThe Leeds Council met.\r\n",
        ["boilerplate-like"] = "Physical Address\nHome | World | Sport\n© 2024 Leeds\nAdvertisement\nLive updates: Iraq\n",
        ["max-bmp"] = "\uFFFF\uFFFE\uFFFD Leeds \uFFFF",
        ["private-use"] = "\uE000\uF8FF Leeds \U000F0000",
        ["url-and-email-runs"] = string.Concat(Enumerable.Repeat("https://x.org/a?b=1&c=2#d a@b.com ", 3000)),
    };

    public static TheoryData<string, string> CasesAndAnalyzers()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in Cases.Keys)
        {
            foreach (var analyzer in ReliabilityAnalyzers.Names)
            {
                data.Add(name, analyzer);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CasesAndAnalyzers))]
    public void Analyze_HostileText_SucceedsWithOffsetsOnCharacterBoundaries(string caseName, string analyzerName)
    {
        var text = Cases[caseName];

        var analysis = ReliabilityAnalyzers.ByName(analyzerName).Analyze(new Article(caseName, text));

        AnalysisChecks.AssertWellFormed(text, analysis);
    }

    [Theory]
    [MemberData(nameof(CasesAndAnalyzers))]
    public void AnalyzeMany_HostileText_GivesTheSameResultAsAnalyze(string caseName, string analyzerName)
    {
        var analyzer = ReliabilityAnalyzers.ByName(analyzerName);
        var article = new Article(caseName, Cases[caseName]);

        var batch = analyzer.AnalyzeMany([article, article, article], new BatchOptions { MaxDegreeOfParallelism = 2 }).ToList();

        var expected = AnalysisChecks.Fingerprint(analyzer.Analyze(article));
        Assert.All(batch, result => Assert.Equal(expected, AnalysisChecks.Fingerprint(result)));
    }

    [Fact]
    public void Analyze_EmptyAndWhitespaceOnly_YieldEmptyAnalyses()
    {
        foreach (var text in new[] { "", " ", "\n\n\n", "\t \r\n \u00A0\u3000" })
        {
            var analysis = ReliabilityAnalyzers.WithCapitalizedRuns.Analyze(new Article("blank", text));

            Assert.True(analysis.Succeeded);
            Assert.Empty(analysis.Mentions);
            Assert.Empty(analysis.Entities);
        }
    }

    [Fact]
    public void Analyze_NullArticle_ThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => ReliabilityAnalyzers.Default.Analyze(null!));
    }
}
