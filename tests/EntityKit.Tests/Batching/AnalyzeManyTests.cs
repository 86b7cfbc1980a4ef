using System.Runtime.CompilerServices;
using EntityKit.Tests.Fakes;

namespace EntityKit.Tests.Batching;

public sealed class AnalyzeManyTests
{
    private static ArticleAnalyzer CreateAnalyzer(Func<string, bool>? failWhen = null)
    {
        var split = new WhitespaceTokenizer();
        return ArticleAnalyzer.CreateBuilder().WithTokenizer(split).WithSentenceSplitter(split)
            .AddRecognizer(new WordListRecognizer("places", EntityType.Gpe, "Iraq") { FailWhen = failWhen })
            .Build();
    }

    private static IEnumerable<Article> Articles(int count) =>
        Enumerable.Range(0, count).Select(i => new Article($"id-{i}", string.Join(' ', Enumerable.Repeat("Iraq news", 1 + (i % 7)))));

    public static TheoryData<int, int> Parallelism => new() { { 1, 1 }, { 2, 3 }, { 4, 16 }, { 8, 64 } };

    [Theory]
    [MemberData(nameof(Parallelism))]
    public void AnalyzeMany_ReturnsResultsInInputOrder(int parallelism, int window)
    {
        var options = new BatchOptions { MaxDegreeOfParallelism = parallelism, MaxBufferedArticles = window };
        var results = CreateAnalyzer().AnalyzeMany(Articles(500), options).ToList();

        Assert.Equal(Enumerable.Range(0, 500).Select(i => $"id-{i}"), results.Select(r => r.Id));
        Assert.All(results, r => Assert.Equal(1 + (int.Parse(r.Id[3..]) % 7), r.Mentions.Length));
    }

    [Fact]
    public void AnalyzeMany_OneFailingArticle_YieldsItsErrorAndKeepsTheRest()
    {
        var articles = Articles(50).Select(a => a.Id == "id-17" ? new Article("id-17", "poison Iraq") : a);
        var results = CreateAnalyzer(t => t.StartsWith("poison", StringComparison.Ordinal))
            .AnalyzeMany(articles, new BatchOptions { MaxDegreeOfParallelism = 4 }).ToList();

        Assert.Equal(50, results.Count);
        var failed = Assert.Single(results, r => !r.Succeeded);
        Assert.Equal("id-17", failed.Id);
        Assert.Contains("failed on purpose", failed.Error!.Message);
    }

    [Fact]
    public void AnalyzeMany_NullArticle_YieldsFailedResultAtItsPosition()
    {
        var results = CreateAnalyzer().AnalyzeMany([new Article("a", "Iraq"), null!, new Article("c", "x")]).ToList();
        Assert.Equal(3, results.Count);
        Assert.Contains("position 1", results[1].Error!.Message);
        Assert.True(results[2].Succeeded);
    }

    [Fact]
    public void AnalyzeMany_ReadsAheadNoMoreThanTheWindow()
    {
        var read = 0;
        IEnumerable<Article> Counting()
        {
            foreach (var article in Articles(10_000))
            {
                Interlocked.Increment(ref read);
                yield return article;
            }
        }

        var options = new BatchOptions { MaxDegreeOfParallelism = 2, MaxBufferedArticles = 8 };
        using var results = CreateAnalyzer().AnalyzeMany(Counting(), options).GetEnumerator();
        for (var i = 0; i < 100; i++)
        {
            Assert.True(results.MoveNext());
            Assert.InRange(Volatile.Read(ref read), i + 1, i + 1 + 8);
        }
    }

    [Fact]
    public void AnalyzeMany_Cancelled_StopsWithOperationCanceled()
    {
        using var cts = new CancellationTokenSource();
        var seen = 0;
        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            foreach (var _ in CreateAnalyzer().AnalyzeMany(Articles(100_000), new BatchOptions { MaxDegreeOfParallelism = 2 }, cts.Token))
            {
                if (++seen == 10)
                {
                    cts.Cancel();
                }
            }
        });
        Assert.InRange(seen, 10, 10 + BatchOptions.Default.MaxBufferedArticles);
    }

    [Fact]
    public async Task AnalyzeManyAsync_ReturnsResultsInInputOrder()
    {
        var ids = new List<string>();
        await foreach (var result in CreateAnalyzer().AnalyzeManyAsync(ToAsync(Articles(300)), new BatchOptions { MaxDegreeOfParallelism = 3 }))
        {
            ids.Add(result.Id);
        }

        Assert.Equal(Enumerable.Range(0, 300).Select(i => $"id-{i}"), ids);
    }

    [Fact]
    public void AnalyzeMany_ParallelEqualsSequential()
    {
        var analyzer = CreateAnalyzer();
        var sequential = Articles(200).Select(a => analyzer.Analyze(a)).ToList();
        var parallel = analyzer.AnalyzeMany(Articles(200), new BatchOptions { MaxDegreeOfParallelism = 4 }).ToList();
        Assert.Equal(
            sequential.Select(r => string.Join('|', r.Mentions.Select(m => $"{m.Start}:{m.End}:{m.Type}"))),
            parallel.Select(r => string.Join('|', r.Mentions.Select(m => $"{m.Start}:{m.End}:{m.Type}"))));
    }

    [Fact]
    public void BatchOptions_InvalidValues_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BatchOptions { MaxDegreeOfParallelism = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new BatchOptions { MaxBufferedArticles = 0 });
    }

    private static async IAsyncEnumerable<Article> ToAsync(IEnumerable<Article> articles, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var article in articles)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return article;
        }
    }
}
