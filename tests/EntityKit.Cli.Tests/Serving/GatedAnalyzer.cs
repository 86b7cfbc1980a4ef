using EntityKit.Models.English;

namespace EntityKit.Cli.Tests.Serving;

/// <summary>The English analyzer, except that every article waits for the gate to open: keeps a request in flight
/// for as long as a test needs. <see cref="Entered"/> is released each time an article reaches the gate.</summary>
internal sealed class GatedAnalyzer : IArticleAnalyzer
{
    private static readonly ArticleAnalyzer English = EnglishArticleAnalyzer.Create();
    private readonly ManualResetEventSlim _gate = new(initialState: false);

    public SemaphoreSlim Entered { get; } = new(0);

    public void Open() => _gate.Set();

    public ArticleAnalysis Analyze(Article article, CancellationToken cancellationToken = default)
    {
        Wait(cancellationToken);
        return English.Analyze(article, cancellationToken);
    }

    public IEnumerable<ArticleAnalysis> AnalyzeMany(IEnumerable<Article> articles, BatchOptions? options = null, CancellationToken cancellationToken = default) =>
        English.AnalyzeMany(articles.Select(article => { Wait(cancellationToken); return article; }), options, cancellationToken);

    public IAsyncEnumerable<ArticleAnalysis> AnalyzeManyAsync(IAsyncEnumerable<Article> articles, BatchOptions? options = null, CancellationToken cancellationToken = default) =>
        English.AnalyzeManyAsync(Gated(articles, cancellationToken), options, cancellationToken);

    private async IAsyncEnumerable<Article> Gated(IAsyncEnumerable<Article> articles, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var article in articles.WithCancellation(cancellationToken))
        {
            Wait(cancellationToken);
            yield return article;
        }
    }

    private void Wait(CancellationToken cancellationToken)
    {
        Entered.Release();
        _gate.Wait(cancellationToken);
    }
}
