using System.Collections.Concurrent;
using EntityKit.Batching;

namespace EntityKit.Input;

/// <summary>Analyses article sources that may contain unreadable records.</summary>
public static class ArticleInputAnalysis
{
    /// <summary>
    /// Analyses a stream of records in parallel and yields one result per record, in input order. A record that could
    /// not be read yields a failed result with its (possibly stand-in) id and the read error; an article that fails
    /// analysis yields a failed result whose error is prefixed with the record's location, such as
    /// <c>news.jsonl:17: </c>. Web pages are extracted in parallel ahead of the analysis (at most
    /// <see cref="BatchOptions.MaxDegreeOfParallelism"/> at once). Memory stays bounded by twice
    /// <see cref="BatchOptions.MaxBufferedArticles"/>: one window for extraction, one for analysis.
    /// </summary>
    /// <param name="analyzer">The analyzer.</param>
    /// <param name="inputs">The records, read lazily.</param>
    /// <param name="options">Parallelism and buffering; null for the defaults.</param>
    /// <param name="cancellationToken">Stops the batch promptly.</param>
    public static IEnumerable<ArticleAnalysis> AnalyzeMany(
        this IArticleAnalyzer analyzer,
        IEnumerable<ArticleInput> inputs,
        BatchOptions? options = null,
        CancellationToken cancellationToken = default) =>
        analyzer.AnalyzeInputs(inputs, options, cancellationToken).Select(result => result.Analysis);

    /// <summary>
    /// Like <see cref="AnalyzeMany(IArticleAnalyzer, IEnumerable{ArticleInput}, BatchOptions?, CancellationToken)"/>,
    /// but yields each analysis with the record it came from, so that a writer can also show the article's metadata
    /// and, for a web page, the extracted text the offsets point into.
    /// </summary>
    /// <param name="analyzer">The analyzer.</param>
    /// <param name="inputs">The records, read lazily.</param>
    /// <param name="options">Parallelism and buffering; null for the defaults.</param>
    /// <param name="cancellationToken">Stops the batch promptly.</param>
    public static IEnumerable<ArticleInputResult> AnalyzeInputs(
        this IArticleAnalyzer analyzer,
        IEnumerable<ArticleInput> inputs,
        BatchOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(inputs);
        return AnalyzeInputsCore(analyzer, inputs, options, cancellationToken);
    }

    private static IEnumerable<ArticleInputResult> AnalyzeInputsCore(
        IArticleAnalyzer analyzer, IEnumerable<ArticleInput> inputs, BatchOptions? options, CancellationToken cancellationToken)
    {
        // Every record read is queued in order; the analyzer sees only the articles. Results come back in article
        // order, so before each result the unreadable records read ahead of its article are yielded. The analyzer
        // reads ahead by at most its buffer, which bounds the queue.
        var pending = new ConcurrentQueue<ArticleInput>();
        var read = inputs.Select(input =>
        {
            ArgumentNullException.ThrowIfNull(input, nameof(inputs));
            pending.Enqueue(input);
            return input;
        }).Where(input => input.IsArticle);

        // Web pages are extracted ahead of the analysis, in parallel and in order, not one by one on this thread.
        var articles = OrderedParallelBatch.Run(read, ExtractArticle, options ?? BatchOptions.Default, cancellationToken);

        foreach (var result in analyzer.AnalyzeMany(articles, options, cancellationToken))
        {
            ArticleInput? source = null;
            while (pending.TryDequeue(out var next))
            {
                if (next.IsArticle)
                {
                    source = next;
                    break;
                }

                yield return new ArticleInputResult(next, Failed(next.Error!));
            }

            if (source is null)
            {
                throw new InvalidOperationException("The analyzer returned more results than it was given articles.");
            }

            yield return new ArticleInputResult(source, result.Succeeded ? result : Locate(result, source));
        }

        while (pending.TryDequeue(out var input))
        {
            yield return new ArticleInputResult(input, Failed(input.Error!));
        }
    }

    private static Article ExtractArticle(ArticleInput? input, long position, CancellationToken cancellationToken) => input!.Article!;

    private static ArticleAnalysis Failed(ArticleReadError error) =>
        ArticleAnalysis.Failed(error.Id, string.Empty, new AnalysisError(error.Message));

    private static ArticleAnalysis Locate(ArticleAnalysis result, ArticleInput input) =>
        ArticleAnalysis.Failed(result.Id, result.Text, result.Error! with { Message = $"{input.Location}: {result.Error!.Message}" });
}
