namespace EntityKit;

/// <summary>
/// One article's result in a batch that carries the caller's records
/// (<see cref="RecordBatchAnalysis.AnalyzeMany{TRecord}(IArticleAnalyzer, IEnumerable{ValueTuple{Article, TRecord}}, BatchOptions?, System.Threading.CancellationToken)"/>):
/// the record the caller passed with the article, and the article's analysis.
/// </summary>
/// <remarks>Immutable (as far as <typeparamref name="TRecord"/> is).</remarks>
/// <typeparam name="TRecord">The caller's type: a database row, a message with its acknowledgement handle, a file location…</typeparam>
/// <param name="Record">The record passed with the article, unchanged.</param>
/// <param name="Analysis">The article's analysis; when it failed, <see cref="ArticleAnalysis.Error"/> says why.</param>
public sealed record AnalyzedRecord<TRecord>(TRecord Record, ArticleAnalysis Analysis)
{
    /// <summary>True when the article was analysed; false when <see cref="ArticleAnalysis.Error"/> says why not.</summary>
    public bool Succeeded => Analysis.Succeeded;
}
