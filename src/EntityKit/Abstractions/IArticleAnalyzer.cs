namespace EntityKit;

/// <summary>
/// Finds the named entities in news articles. Create one analyzer, keep it, and call it from any number of threads:
/// implementations are immutable and thread-safe.
/// </summary>
public interface IArticleAnalyzer
{
    /// <summary>Analyses one article.</summary>
    /// <param name="article">The article.</param>
    /// <param name="cancellationToken">Cancels the analysis.</param>
    /// <returns>The analysis; an empty or whitespace-only article yields an empty one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is null.</exception>
    /// <exception cref="ArticleTooLongException">The text is longer than <see cref="AnalyzerOptions.MaxArticleLength"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    ArticleAnalysis Analyze(Article article, CancellationToken cancellationToken = default);

    /// <summary>
    /// Analyses a stream of articles in parallel and yields the results in input order, one per article. An article
    /// that fails yields a result whose <see cref="ArticleAnalysis.Error"/> says why; the batch goes on.
    /// </summary>
    /// <param name="articles">The articles, read lazily; a null element yields a failed result.</param>
    /// <param name="options">Parallelism and buffering; null for the defaults.</param>
    /// <param name="cancellationToken">Stops the batch promptly.</param>
    /// <exception cref="ArgumentNullException"><paramref name="articles"/> is null.</exception>
    IEnumerable<ArticleAnalysis> AnalyzeMany(
        IEnumerable<Article> articles,
        BatchOptions? options = null,
        CancellationToken cancellationToken = default);

    /// <summary>The asynchronous form of <see cref="AnalyzeMany"/>, for article sources that are themselves asynchronous.</summary>
    /// <param name="articles">The articles, read lazily; a null element yields a failed result.</param>
    /// <param name="options">Parallelism and buffering; null for the defaults.</param>
    /// <param name="cancellationToken">Stops the batch promptly.</param>
    /// <exception cref="ArgumentNullException"><paramref name="articles"/> is null.</exception>
    IAsyncEnumerable<ArticleAnalysis> AnalyzeManyAsync(
        IAsyncEnumerable<Article> articles,
        BatchOptions? options = null,
        CancellationToken cancellationToken = default);
}
