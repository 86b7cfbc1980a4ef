using System.Collections.Immutable;
using EntityKit.Articles;
using EntityKit.Corrections;
using EntityKit.Linking;
using EntityKit.Recognition;
using EntityKit.Resolution;
using EntityKit.Telemetry;
using EntityKit.Text;

namespace EntityKit;

/// <summary>
/// Builds an <see cref="ArticleAnalyzer"/>. Recognizer layers run in the order they are added, and a mention of an
/// earlier layer wins over an overlapping mention of a later one; nothing is re-sorted behind your back.
/// </summary>
/// <remarks>Mutable; not thread-safe. The analyzer it builds is immutable.</remarks>
public sealed class ArticleAnalyzerBuilder
{
    private readonly List<IMentionRecognizer> _recognizers = [];
    private ITokenizer? _tokenizer;
    private ISentenceSplitter? _sentenceSplitter;
    private IEntityResolver? _entityResolver;
    private IBoilerplateDetector _boilerplateDetector = BoilerplateDetector.Default;
    private AnalyzerOptions _options = AnalyzerOptions.Default;
    private CorrectionSet? _corrections;
    private string? _recognizerLanguage;
    private AnalyzerTelemetry? _telemetry;
    private IEntityLinker? _entityLinker;

    /// <summary>Uses the given tokenizer instead of the default <see cref="EnglishTokenizer"/>.</summary>
    /// <param name="tokenizer">The tokenizer.</param>
    public ArticleAnalyzerBuilder WithTokenizer(ITokenizer tokenizer)
    {
        ArgumentNullException.ThrowIfNull(tokenizer);
        _tokenizer = tokenizer;
        return this;
    }

    /// <summary>Uses the given sentence splitter instead of the default <see cref="SentenceSplitter"/>.</summary>
    /// <param name="sentenceSplitter">The sentence splitter.</param>
    public ArticleAnalyzerBuilder WithSentenceSplitter(ISentenceSplitter sentenceSplitter)
    {
        ArgumentNullException.ThrowIfNull(sentenceSplitter);
        _sentenceSplitter = sentenceSplitter;
        return this;
    }

    /// <summary>Appends a recognizer layer; layers run in the order added.</summary>
    /// <param name="recognizer">The recognizer.</param>
    public ArticleAnalyzerBuilder AddRecognizer(IMentionRecognizer recognizer)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        _recognizers.Add(recognizer);
        return this;
    }

    /// <summary>
    /// Inserts a recognizer layer at a position of the layer order, for example at 0 so that a dictionary wins over
    /// the model layer that <c>EnglishArticleAnalyzer.CreateBuilder()</c> has already added.
    /// </summary>
    /// <param name="index">The position, from 0 (first, highest precedence) to <see cref="Recognizers"/>.Count (last).</param>
    /// <param name="recognizer">The recognizer.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside [0, number of layers].</exception>
    public ArticleAnalyzerBuilder InsertRecognizer(int index, IMentionRecognizer recognizer)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(index, _recognizers.Count);
        _recognizers.Insert(index, recognizer);
        return this;
    }

    /// <summary>The recognizer layers added so far, in the order they will run (earlier layers win overlaps).</summary>
    public IReadOnlyList<IMentionRecognizer> Recognizers => _recognizers;

    /// <summary>
    /// Applies the given corrections after all recognizer layers (and replaces any set given before); its rules run
    /// in the order they were added to it.
    /// </summary>
    /// <param name="corrections">The corrections.</param>
    public ArticleAnalyzerBuilder WithCorrections(CorrectionSet corrections)
    {
        ArgumentNullException.ThrowIfNull(corrections);
        _corrections = corrections;
        return this;
    }

    /// <summary>Uses the given entity resolver instead of the default <see cref="ArticleEntityResolver"/>.</summary>
    /// <param name="entityResolver">The resolver.</param>
    public ArticleAnalyzerBuilder WithEntityResolver(IEntityResolver entityResolver)
    {
        ArgumentNullException.ThrowIfNull(entityResolver);
        _entityResolver = entityResolver;
        return this;
    }

    /// <summary>Uses the given boilerplate detector instead of <see cref="BoilerplateDetector"/>; it runs when
    /// <see cref="AnalyzerOptions.DetectBoilerplate"/> is true.</summary>
    /// <param name="boilerplateDetector">The detector.</param>
    public ArticleAnalyzerBuilder WithBoilerplateDetector(IBoilerplateDetector boilerplateDetector)
    {
        ArgumentNullException.ThrowIfNull(boilerplateDetector);
        _boilerplateDetector = boilerplateDetector;
        return this;
    }

    /// <summary>Uses the given options.</summary>
    /// <param name="options">The options.</param>
    public ArticleAnalyzerBuilder WithOptions(AnalyzerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        return this;
    }

    /// <summary>
    /// Declares the language the recognizer layers are made for (an ISO 639-1 code such as "en"): an article found to
    /// be clearly in another language then gets no mentions (<see cref="ArticleAnalysis.RecognitionSkipped"/>), unless
    /// <see cref="AnalyzerOptions.Language"/> says otherwise. Without it every article is recognised.
    /// </summary>
    /// <param name="code">An ISO 639-1 code.</param>
    public ArticleAnalyzerBuilder WithRecognizerLanguage(string code)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        _recognizerLanguage = code;
        return this;
    }

    /// <summary>
    /// Records the analyzer's metrics and activities with the given telemetry (for example one whose meter comes from
    /// a dependency-injection container's <see cref="System.Diagnostics.Metrics.IMeterFactory"/>) instead of
    /// <see cref="AnalyzerTelemetry.Shared"/>.
    /// </summary>
    /// <param name="telemetry">The telemetry; the caller keeps ownership.</param>
    public ArticleAnalyzerBuilder WithTelemetry(AnalyzerTelemetry telemetry)
    {
        ArgumentNullException.ThrowIfNull(telemetry);
        _telemetry = telemetry;
        return this;
    }

    /// <summary>Links entities after they are built (for example places to GeoNames, see
    /// <see cref="Geo.PlaceLinker"/>); off unless set.</summary>
    /// <param name="entityLinker">The linker.</param>
    public ArticleAnalyzerBuilder WithEntityLinker(IEntityLinker entityLinker)
    {
        ArgumentNullException.ThrowIfNull(entityLinker);
        _entityLinker = entityLinker;
        return this;
    }

    /// <summary>Builds the analyzer.</summary>
    public ArticleAnalyzer Build() => new(
        _tokenizer ?? new EnglishTokenizer(),
        _sentenceSplitter ?? new SentenceSplitter(),
        [.. _recognizers],
        _entityResolver ?? ArticleEntityResolver.Default,
        _boilerplateDetector,
        _options,
        _corrections,
        _recognizerLanguage,
        _telemetry,
        _entityLinker);
}
