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
        // Each article travels through the batch with its record and the unreadable records read just before it, so
        // that those come out in their place; unreadable records after the last article come out at the end.
        var unreadableAtTheEnd = new List<ArticleInput>();
        var records = ArticleRecords(inputs, unreadableAtTheEnd);

        // Web pages are extracted ahead of the analysis, in parallel and in order, not one by one on this thread.
        var articles = OrderedParallelBatch.Run(records, ExtractArticle, options ?? BatchOptions.Default, cancellationToken);

        foreach (var (record, analysis) in analyzer.AnalyzeMany(articles, options, cancellationToken))
        {
            foreach (var unreadable in record.UnreadableBefore)
            {
                yield return Unreadable(unreadable);
            }

            yield return new ArticleInputResult(record.Input, analysis.Succeeded ? analysis : Locate(analysis, record.Input));
        }

        foreach (var unreadable in unreadableAtTheEnd)
        {
            yield return Unreadable(unreadable);
        }
    }

    /// <summary>The readable records, each with the unreadable ones read since the previous readable one; those read
    /// after the last readable record are added to <paramref name="unreadableAtTheEnd"/> when the inputs end.</summary>
    private static IEnumerable<ArticleRecord> ArticleRecords(IEnumerable<ArticleInput> inputs, List<ArticleInput> unreadableAtTheEnd)
    {
        List<ArticleInput>? unreadable = null;
        foreach (var input in inputs)
        {
            ArgumentNullException.ThrowIfNull(input, nameof(inputs));
            if (input.IsArticle)
            {
                yield return new ArticleRecord(input, unreadable ?? []);
                unreadable = null;
            }
            else
            {
                (unreadable ??= []).Add(input);
            }
        }

        unreadableAtTheEnd.AddRange(unreadable ?? []);
    }

    private static (Article Article, ArticleRecord Record) ExtractArticle(ArticleRecord? record, long position, CancellationToken cancellationToken) =>
        (record!.Input.Article!, record);

    private static ArticleInputResult Unreadable(ArticleInput input) => new(input, Failed(input.Error!));

    private static ArticleAnalysis Failed(ArticleReadError error) =>
        ArticleAnalysis.Failed(error.Id, string.Empty, new AnalysisError(error.Message));

    private static ArticleAnalysis Locate(ArticleAnalysis result, ArticleInput input) =>
        ArticleAnalysis.Failed(result.Id, result.Text, result.Error! with { Message = $"{input.Location}: {result.Error!.Message}" });

    /// <summary>A readable record on its way through the batch, with the unreadable records that came just before it.</summary>
    private sealed record ArticleRecord(ArticleInput Input, IReadOnlyList<ArticleInput> UnreadableBefore);
}
