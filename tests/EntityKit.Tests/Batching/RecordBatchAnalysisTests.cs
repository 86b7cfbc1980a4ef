using System.Runtime.CompilerServices;
using EntityKit.Tests.Fakes;

namespace EntityKit.Tests.Batching;

/// <summary>
/// Batches that carry the caller's record with each article (spaCy's <c>as_tuples</c>): every record comes back with
/// its own article's result, in input order, failures included, whatever the parallelism.
/// </summary>
public sealed class RecordBatchAnalysisTests
{
    private sealed record SourceRow(int Key, string Location);

    private static ArticleAnalyzer CreateAnalyzer(Func<string, bool>? failWhen = null)
    {
        var split = new WhitespaceTokenizer();
        return ArticleAnalyzer.CreateBuilder().WithTokenizer(split).WithSentenceSplitter(split)
            .AddRecognizer(new WordListRecognizer("places", EntityType.Gpe, "Iraq") { FailWhen = failWhen })
            .Build();
    }

    /// <summary>Article i has 1 + i % 7 mentions; ids repeat every 10 articles, so only the record tells them apart.</summary>
    private static IEnumerable<(Article Article, SourceRow Record)> Rows(int count) =>
        Enumerable.Range(0, count).Select(i => (
            new Article($"id-{i % 10}", string.Join(' ', Enumerable.Repeat("Iraq news", 1 + (i % 7)))),
            new SourceRow(i, $"feed.jsonl:{i + 1}")));

    public static TheoryData<int, int> Parallelism => new() { { 1, 1 }, { 2, 3 }, { 4, 16 }, { 8, 64 } };

    [Theory]
    [MemberData(nameof(Parallelism))]
    public void AnalyzeMany_WithRecords_ReturnsEachRecordWithItsOwnArticlesResultInInputOrder(int parallelism, int window)
    {
        var options = new BatchOptions { MaxDegreeOfParallelism = parallelism, MaxBufferedArticles = window };

        var results = CreateAnalyzer().AnalyzeMany(Rows(500), options).ToList();

        Assert.Equal(Enumerable.Range(0, 500), results.Select(r => r.Record.Key));
        Assert.All(results, r => Assert.Equal($"id-{r.Record.Key % 10}", r.Analysis.Id));
        Assert.All(results, r => Assert.Equal(1 + (r.Record.Key % 7), r.Analysis.Mentions.Length));
    }

    [Fact]
    public void AnalyzeMany_WithRecords_FailingArticle_ComesBackWithItsRecordAndTheOthersSucceed()
    {
        var rows = Rows(50).Select(row => row.Record.Key == 17 ? (new Article("id-7", "poison Iraq"), row.Record) : row);

        var results = CreateAnalyzer(t => t.StartsWith("poison", StringComparison.Ordinal))
            .AnalyzeMany(rows, new BatchOptions { MaxDegreeOfParallelism = 4 }).ToList();

        Assert.Equal(50, results.Count);
        var failed = Assert.Single(results, r => !r.Succeeded);
        Assert.Equal(new SourceRow(17, "feed.jsonl:18"), failed.Record);
        Assert.Contains("failed on purpose", failed.Analysis.Error!.Message);
        Assert.Equal(Enumerable.Range(0, 50), results.Select(r => r.Record.Key));
    }

    [Fact]
    public void AnalyzeMany_WithRecords_NullArticle_FailsWithItsRecordInItsPlace()
    {
        (Article Article, string Record)[] items = [(new Article("a", "Iraq"), "first"), (null!, "second"), (new Article("c", "x"), "third")];

        var results = CreateAnalyzer().AnalyzeMany(items).ToList();

        Assert.Equal(["first", "second", "third"], results.Select(r => r.Record));
        Assert.Equal([true, false, true], results.Select(r => r.Succeeded));
        Assert.Contains("position 1", results[1].Analysis.Error!.Message);
    }

    [Fact]
    public void AnalyzeMany_WithRecords_AnyThreadCount_GivesTheSameRecordsAndResults()
    {
        // Every seventh article (seven "Iraq news", 69 characters) fails.
        var analyzer = CreateAnalyzer(t => t.Length > 60);
        string Describe(AnalyzedRecord<SourceRow> r) =>
            $"{r.Record.Location}|{r.Analysis.Id}|{r.Analysis.Error?.Message}|{string.Join(',', r.Analysis.Mentions.Select(m => $"{m.Start}:{m.End}:{m.Type}"))}";

        var sequential = analyzer.AnalyzeMany(Rows(300), new BatchOptions { MaxDegreeOfParallelism = 1 }).Select(Describe).ToList();

        Assert.Contains(sequential, line => line.Contains("failed on purpose", StringComparison.Ordinal));
        foreach (var threads in new[] { 2, 3, 8 })
        {
            var parallel = analyzer.AnalyzeMany(Rows(300), new BatchOptions { MaxDegreeOfParallelism = threads, MaxBufferedArticles = 5 });
            Assert.Equal(sequential, parallel.Select(Describe));
        }
    }

    [Fact]
    public void AnalyzeMany_WithRecords_Cancelled_StopsWithOperationCanceled()
    {
        using var cts = new CancellationTokenSource();
        var seen = 0;
        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            foreach (var _ in CreateAnalyzer().AnalyzeMany(Rows(100_000), new BatchOptions { MaxDegreeOfParallelism = 2 }, cts.Token))
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
    public void AnalyzeMany_WithRecords_ReadsAheadNoMoreThanTheWindow()
    {
        var read = 0;
        IEnumerable<(Article, SourceRow)> Counting()
        {
            foreach (var row in Rows(10_000))
            {
                Interlocked.Increment(ref read);
                yield return row;
            }
        }

        using var results = CreateAnalyzer().AnalyzeMany(Counting(), new BatchOptions { MaxDegreeOfParallelism = 2, MaxBufferedArticles = 8 }).GetEnumerator();
        for (var i = 0; i < 100; i++)
        {
            Assert.True(results.MoveNext());
            Assert.Equal(i, results.Current.Record.Key);
            Assert.InRange(Volatile.Read(ref read), i + 1, i + 1 + 8);
        }
    }

    [Fact]
    public async Task AnalyzeManyAsync_WithRecords_ReturnsEachRecordWithItsResultInInputOrder()
    {
        var results = new List<AnalyzedRecord<SourceRow>>();
        await foreach (var result in CreateAnalyzer().AnalyzeManyAsync(ToAsync(Rows(300)), new BatchOptions { MaxDegreeOfParallelism = 3 }))
        {
            results.Add(result);
        }

        Assert.Equal(Enumerable.Range(0, 300), results.Select(r => r.Record.Key));
        Assert.All(results, r => Assert.Equal(1 + (r.Record.Key % 7), r.Analysis.Mentions.Length));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(+1)]
    public void AnalyzeMany_WithRecords_AnalyzerBreakingOneResultPerArticle_ThrowsRatherThanMismatchRecords(int resultsOff)
    {
        var analyzer = new MiscountingAnalyzer(CreateAnalyzer(), resultsOff);

        var error = Assert.Throws<InvalidOperationException>(() => analyzer.AnalyzeMany(Rows(5)).ToList());

        Assert.Contains("exactly one result per article", error.Message);
    }

    [Fact]
    public void AnalyzeMany_WithRecords_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => CreateAnalyzer().AnalyzeMany((IEnumerable<(Article, int)>)null!));
        Assert.Throws<ArgumentNullException>(() => RecordBatchAnalysis.AnalyzeMany(null!, Rows(1)));
    }

    private static async IAsyncEnumerable<T> ToAsync<T>(IEnumerable<T> items, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var item in items)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return item;
        }
    }

    /// <summary>An analyzer that breaks the batch contract: one result too few (drops the last) or one too many.</summary>
    private sealed class MiscountingAnalyzer(IArticleAnalyzer inner, int resultsOff) : IArticleAnalyzer
    {
        public ArticleAnalysis Analyze(Article article, CancellationToken cancellationToken = default) => inner.Analyze(article, cancellationToken);

        public IEnumerable<ArticleAnalysis> AnalyzeMany(IEnumerable<Article> articles, BatchOptions? options = null, CancellationToken cancellationToken = default)
        {
            var results = inner.AnalyzeMany(articles, options, cancellationToken).ToList();
            return resultsOff < 0 ? results.SkipLast(-resultsOff) : results.Concat(results.Take(resultsOff));
        }

        public IAsyncEnumerable<ArticleAnalysis> AnalyzeManyAsync(IAsyncEnumerable<Article> articles, BatchOptions? options = null, CancellationToken cancellationToken = default) =>
            inner.AnalyzeManyAsync(articles, options, cancellationToken);
    }
}
