using EntityKit.Languages;
using EntityKit.Recognition;

namespace EntityKit.Models.English;

/// <summary>
/// Entry point of the English model package: analyzers for English news with the embedded model. Create one
/// analyzer and cache it; it is immutable and thread-safe.
/// </summary>
public static class EnglishArticleAnalyzer
{
    /// <summary>
    /// Creates an analyzer for English: clock times (<see cref="ClockTimeRecognizer"/>), place cues
    /// (<see cref="PlaceCueRecognizer"/>), then the embedded model. An article clearly in another language gets no
    /// mentions unless <see cref="AnalyzerOptions.Language"/> is "en".
    /// Needs no files and no network.
    /// </summary>
    /// <param name="options">Analyzer options; null for the defaults.</param>
    public static ArticleAnalyzer Create(AnalyzerOptions? options = null) =>
        CreateBuilder(options).Build();

    /// <summary>
    /// Starts a builder preloaded with the English pipeline, so that further layers (dictionaries, patterns) can be
    /// added before <see cref="ArticleAnalyzerBuilder.Build"/>.
    /// </summary>
    /// <param name="options">Analyzer options; null for the defaults.</param>
    public static ArticleAnalyzerBuilder CreateBuilder(AnalyzerOptions? options = null) =>
        CreateBuilder(EnglishModel.Default, options);

    /// <summary>
    /// Starts a builder with the English pipeline around another model — one fine-tuned with
    /// <c>entitykit fine-tune --base english</c>, for example: clock times, place cues, then <paramref name="model"/>.
    /// </summary>
    /// <param name="model">The model to use instead of the embedded one.</param>
    /// <param name="options">Analyzer options; null for the defaults.</param>
    public static ArticleAnalyzerBuilder CreateBuilder(NerModel model, AnalyzerOptions? options = null) =>
        CreateBuilder((IMentionRecognizer)model, options);

    /// <summary>
    /// Starts a builder with the English pipeline around another statistical recognizer — the accurate tier's encoder
    /// tagger (package EntityKit.Models.English.Accurate), for example: clock times, datelines, place and facility
    /// cues, then <paramref name="model"/>.
    /// </summary>
    /// <param name="model">The recognizer to use instead of the embedded model.</param>
    /// <param name="options">Analyzer options; null for the defaults.</param>
    public static ArticleAnalyzerBuilder CreateBuilder(IMentionRecognizer model, AnalyzerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        return ArticleAnalyzer.CreateBuilder()
            .WithOptions(options ?? AnalyzerOptions.Default)
            .WithRecognizerLanguage(LanguageIdentification.English)
            .AddRecognizer(new ClockTimeRecognizer())
            .AddRecognizer(new DatelineRecognizer())
            .AddRecognizer(new PlaceCueRecognizer())
            .AddRecognizer(new FacilityCueRecognizer())
            .AddRecognizer(model);
    }
}
