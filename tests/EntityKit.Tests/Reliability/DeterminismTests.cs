using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace EntityKit.Tests.Reliability;

/// <summary>
/// The same article gives the same analysis whatever the thread, its position in a batch, the batch's size, its
/// parallelism and read-ahead window. Seeds are fixed; a failure prints the scenario and its "Replay" seed.
/// </summary>
public sealed class DeterminismTests
{
    private static readonly ArticleAnalyzer Analyzer = ReliabilityAnalyzers.WithCapitalizedRuns;

    [Property(Arbitrary = [typeof(BatchScenario)], MaxTest = 60, Replay = "(20261124,9101)")]
    public void AnalyzeMany_AnyBatchShapeAndPosition_EqualsAnalyzeOneByOne(BatchScenario scenario)
    {
        var articles = scenario.Articles.Select((text, i) => new Article($"a{i}", text.Value)).ToList();
        var expected = articles.Select(a => AnalysisChecks.Fingerprint(Analyzer.Analyze(a))).ToList();
        var fillers = Enumerable.Range(0, scenario.FillersBefore)
            .Select(i => new Article($"f{i}", $"Filler {i}: Anna Verhoeven met the Leeds Council." + new string('!', i)));
        var options = new BatchOptions { MaxDegreeOfParallelism = scenario.Parallelism, MaxBufferedArticles = scenario.Window };

        var results = Analyzer.AnalyzeMany(fillers.Concat(articles), options).Skip(scenario.FillersBefore).ToList();

        Assert.Equal(expected, results.Select(AnalysisChecks.Fingerprint));
    }

    [Property(Arbitrary = [typeof(HostileText)], MaxTest = 100, Replay = "(20261124,9103)")]
    public void Analyze_OnAnotherThread_EqualsAnalyzeOnThisThread(HostileText input)
    {
        var article = new Article("p", input.Value);
        var here = AnalysisChecks.Fingerprint(Analyzer.Analyze(article));

        var elsewhere = Task.Run(() => AnalysisChecks.Fingerprint(Analyzer.Analyze(article))).GetAwaiter().GetResult();
        var dedicated = string.Empty;
        var thread = new Thread(() => dedicated = AnalysisChecks.Fingerprint(Analyzer.Analyze(article)));
        thread.Start();
        thread.Join();

        Assert.Equal(here, elsewhere);
        Assert.Equal(here, dedicated);
    }

    [Property(Arbitrary = [typeof(HostileText)], MaxTest = 50, Replay = "(20261124,9105)")]
    public async Task AnalyzeManyAsync_AnyText_EqualsAnalyze(HostileText input)
    {
        var article = new Article("p", input.Value);
        var expected = AnalysisChecks.Fingerprint(Analyzer.Analyze(article));

        var results = new List<string>();
        await foreach (var result in Analyzer.AnalyzeManyAsync(Repeat(article, 5), new BatchOptions { MaxDegreeOfParallelism = 3, MaxBufferedArticles = 2 }))
        {
            results.Add(AnalysisChecks.Fingerprint(result));
        }

        Assert.Equal(Enumerable.Repeat(expected, 5), results);
    }

    private static async IAsyncEnumerable<Article> Repeat(Article article, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await Task.Yield();
            yield return article;
        }
    }
}

/// <summary>Many threads sharing one analyzer over a few thousand hostile articles get the sequential results.</summary>
public sealed class ConcurrencyTests
{
    private const int ArticleCount = 3000;

    /// <summary>The articles: generated once from a fixed seed, with a few real-looking ones mixed in.</summary>
    private static readonly Article[] Articles = HostileText.Generator
        .Sample(ArticleCount, new Rnd(20261124UL), 40) // (count, seed, size)
        .Select((text, i) => new Article($"c{i}", i % 10 == 0 ? "Anna Verhoeven of the Leeds Council met Mr. Smith in Paris. " + text.Value : text.Value))
        .ToArray();

    [Fact]
    public void Analyze_ManyThreadsSharingOneAnalyzer_EqualsSequentialResults()
    {
        foreach (var analyzer in new[] { ReliabilityAnalyzers.Default, ReliabilityAnalyzers.WithCapitalizedRuns })
        {
            var sequential = Articles.Select(a => AnalysisChecks.Fingerprint(analyzer.Analyze(a))).ToArray();

            var mismatches = new System.Collections.Concurrent.ConcurrentQueue<int>();
            const int threadCount = 6;
            var threads = Enumerable.Range(0, threadCount).Select(t => new Thread(() =>
            {
                // Each thread walks half the articles from its own start, so every article is analysed by three
                // threads at about the same time and the pooled workspaces are reused across articles of all sizes.
                for (var k = 0; k < ArticleCount / 2; k++)
                {
                    var i = (k + (t * ArticleCount / threadCount)) % ArticleCount;
                    if (AnalysisChecks.Fingerprint(analyzer.Analyze(Articles[i])) != sequential[i])
                    {
                        mismatches.Enqueue(i);
                    }
                }
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());

            Assert.True(mismatches.IsEmpty, $"{mismatches.Count} analyses differ under concurrency, first: {(mismatches.TryPeek(out var first) ? HostileText.Escape(Articles[first].Text) : "")}");
        }
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 7)]
    [InlineData(8, 3)]
    [InlineData(16, 256)]
    public void AnalyzeMany_ThousandsOfArticles_EqualsSequentialResultsInOrder(int parallelism, int window)
    {
        var analyzer = ReliabilityAnalyzers.WithCapitalizedRuns;
        var sequential = Articles.Select(a => AnalysisChecks.Fingerprint(analyzer.Analyze(a)));

        var batch = analyzer.AnalyzeMany(Articles, new BatchOptions { MaxDegreeOfParallelism = parallelism, MaxBufferedArticles = window });

        Assert.Equal(sequential, batch.Select(AnalysisChecks.Fingerprint));
    }
}
