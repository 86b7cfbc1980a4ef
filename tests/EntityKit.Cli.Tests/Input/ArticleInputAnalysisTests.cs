using EntityKit.Cli.Tests.TestSupport;
using EntityKit.Input;

namespace EntityKit.Cli.Tests.Input;

public sealed class ArticleInputAnalysisTests
{
    private static readonly ArticleAnalyzer Analyzer = ArticleAnalyzer.CreateBuilder()
        .WithTokenizer(new SpaceTokenizer())
        .WithSentenceSplitter(new SpaceTokenizer())
        .AddRecognizer(new ExplodingRecognizer())
        .Build();

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void AnalyzeMany_ReadErrorsInterleaved_OneResultPerRecordInInputOrder(int threads)
    {
        var inputs = Enumerable.Range(0, 200).Select(i => i % 7 == 3
            ? ArticleInput.FromError(new ArticleReadError($"f.jsonl:{i + 1}", "f.jsonl", i + 1, "invalid JSON"))
            : ArticleInput.FromArticle(new Article($"a{i}", $"word {i}"), "f.jsonl", i + 1));

        var results = Analyzer.AnalyzeMany(inputs, new BatchOptions { MaxDegreeOfParallelism = threads, MaxBufferedArticles = 5 }).ToList();

        Assert.Equal(200, results.Count);
        for (var i = 0; i < 200; i++)
        {
            if (i % 7 == 3)
            {
                Assert.Equal($"f.jsonl:{i + 1}", results[i].Id);
                Assert.Equal($"f.jsonl:{i + 1}: invalid JSON", results[i].Error!.Message);
            }
            else
            {
                Assert.Equal($"a{i}", results[i].Id);
                Assert.True(results[i].Succeeded);
                Assert.Equal(2, results[i].Tokens.Length);
            }
        }
    }

    [Fact]
    public void AnalyzeMany_ArticleThatFailsAnalysis_ErrorIsPrefixedWithItsLocation()
    {
        ArticleInput[] inputs =
        [
            ArticleInput.FromArticle(new Article("ok", "fine text"), "news.jsonl", 1),
            ArticleInput.FromArticle(new Article("bad", "goes BOOM here"), "news.jsonl", 2),
            ArticleInput.FromError(new ArticleReadError("news.jsonl:3", "news.jsonl", 3, "missing \"id\"")),
        ];

        var results = Analyzer.AnalyzeMany(inputs).ToList();

        Assert.Equal(["ok", "bad", "news.jsonl:3"], results.Select(r => r.Id));
        Assert.Equal("news.jsonl:2: the recognizer exploded", results[1].Error!.Message);
        Assert.Equal("goes BOOM here", results[1].Text);
    }

    [Fact]
    public void AnalyzeMany_OnlyErrors_YieldsThemAll()
    {
        var inputs = new[] { "x:1", "x:2" }.Select((id, i) => ArticleInput.FromError(new ArticleReadError(id, "x", i + 1, "bad")));

        Assert.Equal(["x:1", "x:2"], Analyzer.AnalyzeMany(inputs).Select(r => r.Id));
    }
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void AnalyzeInputs_PairsEveryResultWithTheRecordItCameFrom(int threads)
    {
        var inputs = Enumerable.Range(0, 60).Select(i => i % 5 == 2
            ? ArticleInput.FromError(new ArticleReadError($"f.jsonl:{i + 1}", "f.jsonl", i + 1, "invalid JSON"))
            : ArticleInput.FromArticle(new Article($"a{i}", $"word {i}"), "f.jsonl", i + 1, i % 2 == 0 ? ArticleInputFormat.Html : ArticleInputFormat.Text))
            .ToList();

        var results = Analyzer.AnalyzeInputs(inputs, new BatchOptions { MaxDegreeOfParallelism = threads, MaxBufferedArticles = 4 }).ToList();

        Assert.Equal(inputs, results.Select(r => r.Input));
        Assert.All(results, r => Assert.Equal(r.Input.Id, r.Analysis.Id));
        Assert.All(results, r => Assert.Same(r.Input.Article, r.Article));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(8)]
    public void AnalyzeInputs_UnreadableRecordsFirstInARunAndLast_EachComesBackInItsPlace(int threads)
    {
        // e = unreadable, a = article: leading, single, a run of three, and trailing unreadable records.
        const string Layout = "eeaeaaeeeaee";
        var inputs = Layout.Select((kind, i) => kind == 'e'
            ? ArticleInput.FromError(new ArticleReadError($"f.jsonl:{i + 1}", "f.jsonl", i + 1, "invalid JSON"))
            : ArticleInput.FromArticle(new Article($"a{i}", $"word {i}"), "f.jsonl", i + 1))
            .ToList();

        var results = Analyzer.AnalyzeInputs(inputs, new BatchOptions { MaxDegreeOfParallelism = threads, MaxBufferedArticles = 2 }).ToList();

        Assert.Equal(inputs, results.Select(r => r.Input));
        Assert.Equal(Layout, string.Concat(results.Select(r => r.Analysis.Succeeded ? 'a' : 'e')));
        Assert.All(results.Where(r => !r.Analysis.Succeeded), r => Assert.Equal($"{r.Input.Location}: invalid JSON", r.Analysis.Error!.Message));
    }

    [Fact]
    public void FromPage_ExtractsOnFirstUseOnly_AndKnowsItsIdBefore()
    {
        var calls = 0;
        var input = ArticleInput.FromPage("p1", () => { Interlocked.Increment(ref calls); return new Article("p1", "text"); }, "p1.html", 0);

        Assert.Equal("p1", input.Id);
        Assert.True(input.IsArticle);
        Assert.Equal(ArticleInputFormat.Html, input.Format);
        Assert.Equal(0, calls);
        Assert.Same(input.Article, input.Article);
        Assert.Equal(1, calls);
    }

    [Fact]
    public void AnalyzeInputs_Pages_AreExtractedInParallelOnceEachAndAnalysedInOrder()
    {
        var running = 0;
        var overlapped = 0;
        var extractions = 0;
        Article Extract(string id)
        {
            Interlocked.Increment(ref extractions);
            if (Interlocked.Increment(ref running) > 1)
            {
                Interlocked.Exchange(ref overlapped, 1);
            }

            // Wait (bounded) for a second extraction to start: it can only if pages are extracted in parallel.
            SpinWait.SpinUntil(() => Volatile.Read(ref overlapped) == 1, TimeSpan.FromSeconds(5));
            Interlocked.Decrement(ref running);
            return new Article(id, $"page {id}");
        }

        var inputs = Enumerable.Range(0, 12).Select(i => ArticleInput.FromPage($"p{i}", () => Extract($"p{i}"), "pages.jsonl", i + 1)).ToList();

        var results = Analyzer.AnalyzeInputs(inputs, new BatchOptions { MaxDegreeOfParallelism = 3, MaxBufferedArticles = 6 }).ToList();

        Assert.Equal(inputs.Select(i => i.Id), results.Select(r => r.Analysis.Id));
        Assert.All(results, r => Assert.True(r.Analysis.Succeeded));
        Assert.Equal(12, extractions);
        Assert.Equal(1, overlapped);
    }
}
