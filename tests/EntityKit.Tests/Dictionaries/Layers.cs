using EntityKit.Corrections;
using EntityKit.Recognition;
using EntityKit.Tests.Fakes;

namespace EntityKit.Tests.Dictionaries;

/// <summary>Runs the real English tokenizer and sentence splitter with the given layers (no type consistency, no boilerplate).</summary>
internal static class Layers
{
    private static readonly AnalyzerOptions Plain = new() { EnforceTypeConsistency = false, DetectBoilerplate = false };

    public static ArticleAnalysis Analyze(string text, params IMentionRecognizer[] layers) => Analyze(text, null, layers);

    public static ArticleAnalysis Analyze(string text, CorrectionSet? corrections, params IMentionRecognizer[] layers)
    {
        var builder = ArticleAnalyzer.CreateBuilder().WithOptions(Plain);
        foreach (var layer in layers)
        {
            builder.AddRecognizer(layer);
        }

        if (corrections is not null)
        {
            builder.WithCorrections(corrections);
        }

        var analysis = builder.Build().Analyze(new Article("t", text));
        Assert.True(analysis.Succeeded, analysis.Error?.Message);
        return analysis;
    }

    /// <summary>The mentions as "text/TYPE" strings, in text order.</summary>
    public static string[] Labels(ArticleAnalysis analysis) => [.. analysis.Mentions.Select(m => $"{m.Text}/{m.Type}")];

    /// <summary>A stand-in for the statistical model: tags the given phrases with a type.</summary>
    public static IMentionRecognizer Model(EntityType type, params string[] phrases) => new WordListRecognizer("model", type, phrases);
}
