using EntityKit.Recognition;

namespace EntityKit.Hosting;

/// <summary>
/// How <see cref="EntityKitServiceCollectionExtensions.AddEntityKit"/> builds the shared analyzer: the English pipeline
/// (clock times, place cues, the embedded model or <see cref="Model"/>) with <see cref="Analyzer"/> options, then
/// whatever <see cref="ConfigureBuilder"/> adds (dictionaries, patterns, corrections).
/// </summary>
/// <remarks>Read once, when the analyzer is first resolved; later changes have no effect on it.</remarks>
public sealed class EntityKitOptions
{
    /// <summary>The analyzer's options (maximum article length, boilerplate detection, minimum confidence, ...).</summary>
    public AnalyzerOptions Analyzer { get; set; } = AnalyzerOptions.Default;

    /// <summary>A model to use instead of the embedded English one (for example one fine-tuned with
    /// <c>entitykit fine-tune --base english</c> and loaded with <see cref="NerModel.Load(string)"/>); null for the embedded model.</summary>
    public NerModel? Model { get; set; }

    /// <summary>Adds layers or corrections to the English pipeline before it is built; null for none.</summary>
    public Action<ArticleAnalyzerBuilder>? ConfigureBuilder { get; set; }
}
