using System.CommandLine;
using System.Globalization;
using EntityKit.Models.English.Accurate;
using EntityKit.Recognition;

namespace EntityKit.Cli.Commands;

/// <summary>
/// The accurate tier on the command line: <c>--model accurate</c> (the encoder tagger combined with the embedded
/// perceptron in the English pipeline, as tuned), <c>--model accurate-tagger</c> (the tagger as the only layer, without
/// boilerplate filter, repairs or type consistency: what the training tooling's dev score measures); the embedded model
/// unless <c>--accurate-model DIR</c> (model.onnx, vocab.txt, labels.txt, tagger.json) names another, and
/// <c>--accurate-mix WEIGHT[,TEMPERATURE]</c> to override the combination (WEIGHT 0: the tagger alone).
/// </summary>
internal sealed class AccurateModelArguments
{
    public const string Accurate = "accurate";
    public const string AccurateTagger = "accurate-tagger";

    public Option<string?> Directory { get; } = new("--accurate-model")
    {
        Description = "With --model accurate or accurate-tagger: an exported encoder tagger's directory (model.onnx, vocab.txt, labels.txt, tagger.json) instead of the embedded one.",
        HelpName = "DIR",
    };

    public Option<string?> Mix { get; } = new("--accurate-mix")
    {
        Description = "With --model accurate: the combination with the embedded perceptron, instead of the model's own (tagger.json); WEIGHT perceptron units per nat of the tagger's log-probability (0: the tagger alone), TEMPERATURE of its softmax (default 1).",
        HelpName = "WEIGHT[,TEMPERATURE]",
    };

    public IEnumerable<Option> All => [Directory, Mix];

    public static bool Names(string? model) =>
        model is not null && (model.Equals(Accurate, StringComparison.OrdinalIgnoreCase) || model.Equals(AccurateTagger, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Loads the model <c>--accurate-model</c> names, or the embedded one, combined as <c>--accurate-mix</c> says;
    /// missing or corrupt files are usage errors naming the file.
    /// </summary>
    public AccurateEnglishModel Load(ParseResult parseResult)
    {
        var options = Options(parseResult);
        var directory = parseResult.GetValue(Directory);
        try
        {
            return directory is null ? AccurateEnglishModel.LoadEmbedded(options) : AccurateEnglishModel.Load(directory, options);
        }
        catch (Exception exception) when (exception is ModelFormatException or FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CliUsageException(exception.Message, exception);
        }
    }

    /// <summary>The analyzer builder of <paramref name="model"/>'s name around the loaded tagger.</summary>
    public static ArticleAnalyzerBuilder CreateBuilder(string model, AccurateEnglishModel accurate, AnalyzerOptions options) =>
        model.Equals(AccurateTagger, StringComparison.OrdinalIgnoreCase)
            ? ArticleAnalyzer.CreateBuilder().WithOptions(Bare(options)).AddRecognizer(accurate.Tagger)
            : accurate.CreateBuilder(options);

    /// <summary>How the loaded model is named in reports: where it came from and how it is combined.</summary>
    public static string Describe(string model, AccurateEnglishModel accurate) =>
        model.Equals(AccurateTagger, StringComparison.OrdinalIgnoreCase) || accurate.PerceptronWeight == 0
            ? $"{model} {accurate.Description}"
            : $"{model} {accurate.Description} mixed with the perceptron {accurate.PerceptronWeight.ToString(CultureInfo.InvariantCulture)},{accurate.Temperature.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The tagger's own spans: no boilerplate filter, title trimming, boundary repairs or type consistency.</summary>
    private static AnalyzerOptions Bare(AnalyzerOptions options) => options with
    {
        DetectBoilerplate = false,
        TrimPersonTitles = false,
        RepairMentionBoundaries = false,
        EnforceTypeConsistency = false,
    };

    private AccurateModelOptions Options(ParseResult parseResult)
    {
        var mix = parseResult.GetValue(Mix);
        if (mix is null)
        {
            return new AccurateModelOptions();
        }

        var parts = mix.Split(',');
        if (parts.Length > 2
            || !float.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var weight) || !(weight >= 0) || float.IsInfinity(weight)
            || !TryTemperature(parts, out var temperature))
        {
            throw new CliUsageException($"--accurate-mix '{mix}': expected WEIGHT[,TEMPERATURE] such as 40 or 40,1.5 (WEIGHT 0 or more, TEMPERATURE above 0).");
        }

        return new AccurateModelOptions { PerceptronWeight = weight, Temperature = temperature };
    }

    private static bool TryTemperature(string[] parts, out float temperature)
    {
        temperature = 1f;
        return parts.Length == 1
            || float.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out temperature) && temperature > 0 && !float.IsInfinity(temperature);
    }
}
