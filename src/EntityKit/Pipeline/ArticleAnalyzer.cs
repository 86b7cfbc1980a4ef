using System.Collections.Immutable;
using System.Runtime.InteropServices;
using EntityKit.Articles;
using EntityKit.Batching;
using EntityKit.Corrections;
using EntityKit.Languages;
using EntityKit.Linking;
using EntityKit.Normalization;
using EntityKit.Pipeline;
using EntityKit.Recognition;
using EntityKit.Resolution;
using EntityKit.Telemetry;
using EntityKit.Text;

namespace EntityKit;

/// <summary>
/// The article analyzer: tokenizer → sentence splitter → boilerplate detector → recognizer layers (in the order given,
/// spans in boilerplate dropped) → corrections (<see cref="CorrectionSet"/>, optional) → document-level type consistency → entity resolver.
/// Build it once with <see cref="ArticleAnalyzerBuilder"/> and share it: it is immutable and thread-safe without
/// locks, and keeps its per-call scratch space in a pool.
/// </summary>
public sealed class ArticleAnalyzer : IArticleAnalyzer
{
    private readonly ITokenizer _tokenizer;
    private readonly ISentenceSplitter _sentenceSplitter;
    private readonly ImmutableArray<IMentionRecognizer> _recognizers;
    private readonly IEntityResolver _entityResolver;
    private readonly IBoilerplateDetector _boilerplateDetector;
    private readonly CorrectionSet? _corrections;
    private readonly IEntityLinker? _entityLinker;
    private readonly DocumentTypeConsistency _typeConsistency = new();
    private readonly AnalysisWorkspacePool _workspaces = new(maxRetained: 4 * Environment.ProcessorCount);

    internal ArticleAnalyzer(
        ITokenizer tokenizer,
        ISentenceSplitter sentenceSplitter,
        ImmutableArray<IMentionRecognizer> recognizers,
        IEntityResolver entityResolver,
        IBoilerplateDetector boilerplateDetector,
        AnalyzerOptions options,
        CorrectionSet? corrections = null,
        string? recognizerLanguage = null,
        AnalyzerTelemetry? telemetry = null,
        IEntityLinker? entityLinker = null)
    {
        RecognizerLanguage = recognizerLanguage;
        _corrections = corrections;
        Telemetry = telemetry ?? AnalyzerTelemetry.Shared;
        _entityLinker = entityLinker;
        _boilerplateDetector = boilerplateDetector;
        _tokenizer = tokenizer;
        _sentenceSplitter = sentenceSplitter;
        _recognizers = recognizers;
        _entityResolver = entityResolver;
        Options = options;
    }

    /// <summary>The analyzer's options.</summary>
    public AnalyzerOptions Options { get; }

    /// <summary>The language the recognizer layers are made for ("en"), or null when they are not tied to one.</summary>
    public string? RecognizerLanguage { get; }

    /// <summary>Where the analyzer records its per-article metrics and activities.</summary>
    public AnalyzerTelemetry Telemetry { get; }

    /// <summary>The recognizer layers, in the order they are applied (earlier layers win overlaps).</summary>
    public ImmutableArray<IMentionRecognizer> Recognizers => _recognizers;

    /// <summary>The corrections applied after all recognizer layers, or null.</summary>
    public CorrectionSet? Corrections => _corrections;

    /// <summary>The linker applied to the entities, or null when entities are not linked.</summary>
    public IEntityLinker? EntityLinker => _entityLinker;

    /// <summary>Starts building an analyzer.</summary>
    public static ArticleAnalyzerBuilder CreateBuilder() => new();

    /// <inheritdoc/>
    public ArticleAnalysis Analyze(Article article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        using var observation = Telemetry.Start(article);
        try
        {
            var analysis = AnalyzeObserved(article, cancellationToken);
            observation.Succeeded(analysis);
            return analysis;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            observation.Failed(exception);
            throw;
        }
    }

    private ArticleAnalysis AnalyzeObserved(Article article, CancellationToken cancellationToken)
    {
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
            Telemetry.RecordRejected(typeof(ArgumentNullException).FullName!);
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

        List<TextRegion>? boilerplate = null;
        if (Options.DetectBoilerplate && text.Length > 0)
        {
            boilerplate = [];
            _boilerplateDetector.Detect(text, boilerplate);
        }

        var tokens = CollectionsMarshal.AsSpan(workspace.Tokens);
        var sentences = CollectionsMarshal.AsSpan(workspace.Sentences);
        if (RecognitionSentences.NeedsSplitting(sentences))
        {
            RecognitionSentences.Split(sentences, tokens, workspace.RecognitionSentences);
            sentences = CollectionsMarshal.AsSpan(workspace.RecognitionSentences);
        }

        var language = Options.Language is { } declared
            ? new LanguageIdentification(declared, 0)
            : LanguageIdentifier.Default.Identify(text, tokens);
        var skipRecognition = RecognizerLanguage is { } recognizerLanguage && language.IsKnownAndNot(recognizerLanguage);
        foreach (var recognizer in skipRecognition ? [] : _recognizers)
        {
            workspace.LayerSpans.Clear();
            var input = new RecognitionInput(text, tokens, sentences) { EarlierMentions = CollectionsMarshal.AsSpan(workspace.AcceptedSpans) };
            recognizer.Recognize(input, workspace.LayerSpans, cancellationToken);
            if (boilerplate is { Count: > 0 })
            {
                DropSpansInBoilerplate(workspace.LayerSpans, tokens, boilerplate);
            }

            MentionLayering.AddLayer(workspace.AcceptedSpans, workspace.LayerSpans, tokens.Length, recognizer);
            cancellationToken.ThrowIfCancellationRequested();
        }

        if (_corrections is not null)
        {
            var input = new RecognitionInput(text, tokens, sentences);
            _corrections.Apply(input, workspace.AcceptedSpans, cancellationToken);
            if (boilerplate is { Count: > 0 })
            {
                DropSpansInBoilerplate(workspace.AcceptedSpans, tokens, boilerplate);
            }
        }

        if (Options.TrimPersonTitles)
        {
            PersonTitleTrimmer.Trim(text, tokens, workspace.AcceptedSpans);
        }

        if (Options.RepairMentionBoundaries)
        {
            MentionBoundaryRepair.Repair(text, tokens, workspace.AcceptedSpans, Options.MentionEdges);
            CommonNounPersonFilter.Apply(text, tokens, workspace.AcceptedSpans);
            ArticleNameForms.Apply(text, tokens, workspace.AcceptedSpans);
            ProductCueRetyper.Apply(text, tokens, workspace.AcceptedSpans);
        }

        var mentions = ToMentions(text, tokens, workspace.AcceptedSpans);
        MentionClustering? clustering = null;
        if (Options.EnforceTypeConsistency)
        {
            mentions = _typeConsistency.Apply(text, mentions, out clustering, cancellationToken);
        }

        if (Options.MinimumConfidence > 0)
        {
            var minimum = Options.MinimumConfidence;
            mentions = mentions.RemoveAll(m => m.Confidence < minimum);
        }

        if (Options.ResolveValues)
        {
            mentions = MentionValueResolver.Resolve(text, mentions, ReferenceDateOf(article));
        }

        ImmutableArray<TextRegion> regions = boilerplate is null ? [] : [.. boilerplate];
        var entities = _entityResolver.Resolve(
            new ResolutionInput(text, mentions) { Title = article.Title, Boilerplate = regions, Clustering = clustering }, cancellationToken);
        if (_entityLinker is not null && !entities.IsDefaultOrEmpty)
        {
            entities = _entityLinker.Link(new EntityLinkingInput(article, mentions, entities), cancellationToken);
        }

        return new ArticleAnalysis(
            article.Id,
            text,
            [.. workspace.Tokens],
            [.. workspace.Sentences],
            mentions,
            entities,
            regions) { Language = language.Code, RecognitionSkipped = skipRecognition };
    }

    /// <summary>The publication date in the article's own time zone: the day its relative dates count from.</summary>
    private static DateOnly? ReferenceDateOf(Article article) =>
        article.Published is { } published ? DateOnly.FromDateTime(published.DateTime) : null;

    /// <summary>Removes, in place, the spans whose characters overlap a boilerplate region (regions are in text order).</summary>
    private static void DropSpansInBoilerplate(List<RecognizedSpan> spans, ReadOnlySpan<TokenInfo> tokens, List<TextRegion> regions)
    {
        var kept = 0;
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            var valid = span.TokenCount > 0 && span.FirstToken >= 0 && span.EndToken <= tokens.Length;
            if (!valid || !OverlapsAny(regions, tokens[span.FirstToken].Start, tokens[span.EndToken - 1].End))
            {
                spans[kept++] = span;
            }
        }

        spans.RemoveRange(kept, spans.Count - kept);
    }

    private static bool OverlapsAny(List<TextRegion> regions, int start, int end)
    {
        int low = 0, high = regions.Count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (regions[mid].End <= start)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low < regions.Count && regions[low].Start < end;
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
                span.FirstToken, span.TokenCount, span.Source) { EntryId = span.EntryId });
        }

        return builder.MoveToImmutable();
    }
}
