using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;

namespace EntityKit.Hosting;

/// <summary>
/// An <see cref="IArticleAnalyzer"/> that logs every article that could not be analysed, then behaves exactly like
/// the analyzer it wraps. Input the caller can fix (an article too long, a null article) is a warning; anything else
/// (an exception inside a recognizer) is an error.
/// </summary>
internal sealed class LoggingArticleAnalyzer(IArticleAnalyzer inner, ILogger logger) : IArticleAnalyzer
{
    public ArticleAnalysis Analyze(Article article, CancellationToken cancellationToken = default)
    {
        try
        {
            return inner.Analyze(article, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogFailure(article?.Id ?? "(null)", AnalysisError.FromException(exception));
            throw;
        }
    }

    public IEnumerable<ArticleAnalysis> AnalyzeMany(IEnumerable<Article> articles, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return Logged(inner.AnalyzeMany(articles, options, cancellationToken));
    }

    public IAsyncEnumerable<ArticleAnalysis> AnalyzeManyAsync(IAsyncEnumerable<Article> articles, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return LoggedAsync(inner.AnalyzeManyAsync(articles, options, cancellationToken), cancellationToken);
    }

    private IEnumerable<ArticleAnalysis> Logged(IEnumerable<ArticleAnalysis> results)
    {
        foreach (var result in results)
        {
            LogIfFailed(result);
            yield return result;
        }
    }

    private async IAsyncEnumerable<ArticleAnalysis> LoggedAsync(
        IAsyncEnumerable<ArticleAnalysis> results, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var result in results.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            LogIfFailed(result);
            yield return result;
        }
    }

    private void LogIfFailed(ArticleAnalysis result)
    {
        if (result.Error is { } error)
        {
            LogFailure(result.Id, error);
        }
    }

    private void LogFailure(string articleId, AnalysisError error)
    {
        if (IsInputProblem(error))
        {
            EntityKitLog.ArticleRejected(logger, articleId, error.Message);
        }
        else
        {
            EntityKitLog.ArticleFailed(logger, articleId, error.ExceptionType ?? "error", error.Message);
        }
    }

    private static bool IsInputProblem(AnalysisError error) =>
        error.ExceptionType is null
        || error.ExceptionType == typeof(ArticleTooLongException).FullName
        || error.ExceptionType == typeof(ArgumentNullException).FullName;
}
