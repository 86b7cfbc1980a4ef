using System.Collections.Immutable;
using System.Runtime.InteropServices;
using EntityKit.Batching;
using EntityKit.Pipeline;
using EntityKit.Recognition;
using EntityKit.Resolution;
using EntityKit.Text;

namespace EntityKit;

/// <summary>
/// The article analyzer: tokenizer → sentence splitter → recognizer layers (in the order given) → entity resolver.
/// Build it once with <see cref="ArticleAnalyzerBuilder"/> and share it: it is immutable and thread-safe without
/// locks, and keeps its per-call scratch space in a pool.
/// </summary>
public sealed class ArticleAnalyzer : IArticleAnalyzer
{
    private readonly ITokenizer _tokenizer;
    private readonly ISentenceSplitter _sentenceSplitter;
    private readonly ImmutableArray<IMentionRecognizer> _recognizers;
    private readonly IEntityResolver _entityResolver;
    private readonly AnalysisWorkspacePool _workspaces = new(maxRetained: 4 * Environment.ProcessorCount);

    internal ArticleAnalyzer(
        ITokenizer tokenizer,
        ISentenceSplitter sentenceSplitter,
        ImmutableArray<IMentionRecognizer> recognizers,
        IEntityResolver entityResolver,
        AnalyzerOptions options)
    {
        _tokenizer = tokenizer;
        _sentenceSplitter = sentenceSplitter;
        _recognizers = recognizers;
        _entityResolver = entityResolver;
        Options = options;
    }

    /// <summary>The analyzer's options.</summary>
    public AnalyzerOptions Options { get; }

    /// <summary>The recognizer layers, in the order they are applied (earlier layers win overlaps).</summary>
    public ImmutableArray<IMentionRecognizer> Recognizers => _recognizers;

    /// <summary>Starts building an analyzer.</summary>
    public static ArticleAnalyzerBuilder CreateBuilder() => new();

    /// <inheritdoc/>
    public ArticleAnalysis Analyze(Article article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (article.Text.Length > Options.MaxArticleLength)
        {
            throw new ArticleTooLongException(article.Id, article.Text.Length, Options.MaxArticleLength);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var workspace = _workspaces.Rent();
        try
        {
            return AnalyzeWith(workspace, article, cancellationToken);
        }
        finally
        {
            _workspaces.Return(workspace);
        }
    }

    /// <inheritdoc/>
    public IEnumerable<ArticleAnalysis> AnalyzeMany(
        IEnumerable<Article> articles,
        BatchOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return OrderedParallelBatch.Run(articles, AnalyzeIsolated, options ?? BatchOptions.Default, cancellationToken);
    }

    /// <inheritdoc/>
    public IAsyncEnumerable<ArticleAnalysis> AnalyzeManyAsync(
        IAsyncEnumerable<Article> articles,
        BatchOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return OrderedParallelBatch.RunAsync(articles, AnalyzeIsolated, options ?? BatchOptions.Default, cancellationToken);
    }

    /// <summary>Analyses one article of a batch: any failure becomes the article's error, never the batch's.</summary>
    private ArticleAnalysis AnalyzeIsolated(Article? article, long position, CancellationToken cancellationToken)
    {
        if (article is null)
        {
            return ArticleAnalysis.Failed(
                $"#{position}", string.Empty, new AnalysisError($"The article at position {position} of the batch is null."));
        }

        try
        {
            return Analyze(article, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            return ArticleAnalysis.Failed(article.Id, article.Text, AnalysisError.FromException(exception));
        }
    }

    private ArticleAnalysis AnalyzeWith(AnalysisWorkspace workspace, Article article, CancellationToken cancellationToken)
    {
        var text = article.Text;
        _tokenizer.Tokenize(text, workspace.Tokens);
        _sentenceSplitter.Split(text, CollectionsMarshal.AsSpan(workspace.Tokens), workspace.Sentences);
        cancellationToken.ThrowIfCancellationRequested();

        var tokens = CollectionsMarshal.AsSpan(workspace.Tokens);
        var input = new RecognitionInput(text, tokens, CollectionsMarshal.AsSpan(workspace.Sentences));
        foreach (var recognizer in _recognizers)
        {
            workspace.LayerSpans.Clear();
            recognizer.Recognize(input, workspace.LayerSpans, cancellationToken);
            MentionLayering.AddLayer(workspace.AcceptedSpans, workspace.LayerSpans, tokens.Length, recognizer);
            cancellationToken.ThrowIfCancellationRequested();
        }

        var mentions = ToMentions(text, tokens, workspace.AcceptedSpans);
        var entities = _entityResolver.Resolve(text, mentions, cancellationToken);
        return new ArticleAnalysis(
            article.Id,
            text,
            [.. workspace.Tokens],
            [.. workspace.Sentences],
            mentions,
            entities);
    }

    private static ImmutableArray<EntityMention> ToMentions(string text, ReadOnlySpan<TokenInfo> tokens, List<RecognizedSpan> spans)
    {
        if (spans.Count == 0)
        {
            return [];
        }

        var builder = ImmutableArray.CreateBuilder<EntityMention>(spans.Count);
        foreach (var span in spans)
        {
            var start = tokens[span.FirstToken].Start;
            var end = tokens[span.EndToken - 1].End;
            builder.Add(new EntityMention(
                start, end, text.Substring(start, end - start), span.Type, Math.Clamp(span.Confidence, 0f, 1f),
                span.FirstToken, span.TokenCount, span.Source));
        }

        return builder.MoveToImmutable();
    }
}
