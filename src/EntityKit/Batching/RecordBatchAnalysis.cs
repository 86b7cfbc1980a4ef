using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace EntityKit;

/// <summary>
/// Batches that carry the caller's own record with each article and hand it back with that article's result, like
/// spaCy's <c>nlp.pipe(..., as_tuples=True)</c>: whatever the caller needs to act on a result (a database key, a
/// message to acknowledge, where the article was read from, a warning about it) travels with it through the parallel
/// batch, instead of being kept aside and matched up again by id.
/// </summary>
/// <remarks>
/// The batch is the analyzer's own <see cref="IArticleAnalyzer.AnalyzeMany"/> (or
/// <see cref="IArticleAnalyzer.AnalyzeManyAsync"/>), so its semantics hold unchanged: results in input order, one per
/// article, whatever the parallelism; an article that fails (or is null) yields a failed result, with its record, and the
/// batch goes on; memory bounded by <see cref="BatchOptions.MaxBufferedArticles"/> (the records waiting for their
/// results are those of the articles read ahead, no more); cancellation stops the batch with an
/// <see cref="OperationCanceledException"/>. A decorating analyzer (logging, metrics) sees the batch as usual.
/// </remarks>
public static class RecordBatchAnalysis
{
    /// <summary>
    /// Analyses a stream of articles in parallel, each with a record of the caller's, and yields every article's
    /// analysis with its record, in input order.
    /// </summary>
    /// <typeparam name="TRecord">The caller's record type; records are never inspected, copied or compared.</typeparam>
    /// <param name="analyzer">The analyzer.</param>
    /// <param name="items">The articles with their records, read lazily; a null article yields a failed result with its record.</param>
    /// <param name="options">Parallelism and buffering; null for the defaults.</param>
    /// <param name="cancellationToken">Stops the batch promptly.</param>
    /// <returns>One <see cref="AnalyzedRecord{TRecord}"/> per item, in the order of <paramref name="items"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="analyzer"/> or <paramref name="items"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The analyzer broke its contract of one result per article.</exception>
    public static IEnumerable<AnalyzedRecord<TRecord>> AnalyzeMany<TRecord>(
        this IArticleAnalyzer analyzer,
        IEnumerable<(Article Article, TRecord Record)> items,
        BatchOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(items);
        return AnalyzeManyCore(analyzer, items, options, cancellationToken);
    }

    /// <summary>
    /// The asynchronous form of
    /// <see cref="AnalyzeMany{TRecord}(IArticleAnalyzer, IEnumerable{ValueTuple{Article, TRecord}}, BatchOptions?, CancellationToken)"/>,
    /// for sources that are themselves asynchronous (a message queue, a database cursor).
    /// </summary>
    /// <typeparam name="TRecord">The caller's record type; records are never inspected, copied or compared.</typeparam>
    /// <param name="analyzer">The analyzer.</param>
    /// <param name="items">The articles with their records, read lazily; a null article yields a failed result with its record.</param>
    /// <param name="options">Parallelism and buffering; null for the defaults.</param>
    /// <param name="cancellationToken">Stops the batch promptly.</param>
    /// <returns>One <see cref="AnalyzedRecord{TRecord}"/> per item, in the order of <paramref name="items"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="analyzer"/> or <paramref name="items"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The analyzer broke its contract of one result per article.</exception>
    public static IAsyncEnumerable<AnalyzedRecord<TRecord>> AnalyzeManyAsync<TRecord>(
        this IArticleAnalyzer analyzer,
        IAsyncEnumerable<(Article Article, TRecord Record)> items,
        BatchOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(items);
        return AnalyzeManyAsyncCore(analyzer, items, options, cancellationToken);
    }

    private static IEnumerable<AnalyzedRecord<TRecord>> AnalyzeManyCore<TRecord>(
        IArticleAnalyzer analyzer, IEnumerable<(Article Article, TRecord Record)> items, BatchOptions? options, CancellationToken cancellationToken)
    {
        // The analyzer reads an article before it yields that article's result, and yields results in input order:
        // so when a result arrives, its record is the oldest one waiting. The analyzer may read on another thread.
        var waiting = new ConcurrentQueue<TRecord>();
        var articles = items.Select(item =>
        {
            waiting.Enqueue(item.Record);
            return item.Article;
        });
        foreach (var analysis in analyzer.AnalyzeMany(articles, options, cancellationToken))
        {
            yield return new AnalyzedRecord<TRecord>(RecordOf(waiting, analysis), analysis);
        }

        EnsureNoneLeft(waiting);
    }

    private static async IAsyncEnumerable<AnalyzedRecord<TRecord>> AnalyzeManyAsyncCore<TRecord>(
        IArticleAnalyzer analyzer,
        IAsyncEnumerable<(Article Article, TRecord Record)> items,
        BatchOptions? options,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var waiting = new ConcurrentQueue<TRecord>();
        var articles = analyzer.AnalyzeManyAsync(ArticlesOf(items, waiting, cancellationToken), options, cancellationToken);
        await foreach (var analysis in articles.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return new AnalyzedRecord<TRecord>(RecordOf(waiting, analysis), analysis);
        }

        EnsureNoneLeft(waiting);
    }

    private static async IAsyncEnumerable<Article> ArticlesOf<TRecord>(
        IAsyncEnumerable<(Article Article, TRecord Record)> items,
        ConcurrentQueue<TRecord> waiting,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var (article, record) in items.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            waiting.Enqueue(record);
            yield return article;
        }
    }

    private static TRecord RecordOf<TRecord>(ConcurrentQueue<TRecord> waiting, ArticleAnalysis analysis) =>
        waiting.TryDequeue(out var record)
            ? record
            : throw new InvalidOperationException(
                $"The analyzer returned a result (article '{analysis.Id}') for which it was given no article: an IArticleAnalyzer must return exactly one result per article, in input order.");

    private static void EnsureNoneLeft<TRecord>(ConcurrentQueue<TRecord> waiting)
    {
        if (!waiting.IsEmpty)
        {
            throw new InvalidOperationException(
                $"The analyzer ended its batch with {waiting.Count} article(s) it returned no result for: an IArticleAnalyzer must return exactly one result per article, in input order.");
        }
    }
}
