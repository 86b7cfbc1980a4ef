using System.CommandLine;
using System.Globalization;
using EntityKit.Models.English;
using EntityKit.Models.English.Accurate;
using EntityKit.Recognition;

namespace EntityKit.Cli.Commands;

/// <summary>
/// The accurate tier on the command line: <c>--model accurate</c> (the encoder tagger in the English pipeline),
/// <c>--model accurate-tagger</c> (the tagger as the only layer, without boilerplate filter, repairs or type
/// consistency: what the training tooling's dev score measures), with <c>--accurate-model DIR</c> (model.onnx, vocab.txt, labels.txt, tagger.json) and optionally
/// <c>--accurate-mix WEIGHT[,TEMPERATURE]</c> (the tagger's log-probabilities added to the embedded perceptron's scores).
/// </summary>
internal sealed class AccurateModelArguments
{
    public const string Accurate = "accurate";
    public const string AccurateTagger = "accurate-tagger";

    public Option<string?> Directory { get; } = new("--accurate-model")
    {
        Description = "With --model accurate or accurate-tagger: the exported encoder tagger's directory (model.onnx, vocab.txt, labels.txt, tagger.json).",
        HelpName = "DIR",
    };

    public Option<string?> Mix { get; } = new("--accurate-mix")
    {
        Description = "With --model accurate: combine the tagger with the embedded perceptron; WEIGHT perceptron units per nat of the tagger's log-probability, TEMPERATURE of its softmax (default 1).",
        HelpName = "WEIGHT[,TEMPERATURE]",
    };

    public IEnumerable<Option> All => [Directory, Mix];

    public static bool Names(string? model) =>
        model is not null && (model.Equals(Accurate, StringComparison.OrdinalIgnoreCase) || model.Equals(AccurateTagger, StringComparison.OrdinalIgnoreCase));

    /// <summary>Loads the model <c>--accurate-model</c> names; missing or corrupt files are usage errors naming the file.</summary>
    public AccurateEnglishModel Load(ParseResult parseResult)
    {
        var directory = parseResult.GetValue(Directory)
            ?? throw new CliUsageException("--model accurate needs --accurate-model DIR (the exported tagger: model.onnx, vocab.txt, labels.txt, tagger.json).");
        try
        {
            return AccurateEnglishModel.Load(directory);
        }
        catch (Exception exception) when (exception is ModelFormatException or FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CliUsageException(exception.Message, exception);
        }
    }

    /// <summary>The analyzer builder of <paramref name="model"/>'s name around the loaded tagger.</summary>
    public ArticleAnalyzerBuilder CreateBuilder(ParseResult parseResult, string model, AccurateEnglishModel accurate, AnalyzerOptions options)
    {
        var recognizer = Recognizer(parseResult, accurate);
        return model.Equals(AccurateTagger, StringComparison.OrdinalIgnoreCase)
            ? ArticleAnalyzer.CreateBuilder().WithOptions(Bare(options)).AddRecognizer(recognizer)
            : EnglishArticleAnalyzer.CreateBuilder(recognizer, options);
    }

    /// <summary>The tagger's own spans: no boilerplate filter, title trimming, boundary repairs or type consistency.</summary>
    private static AnalyzerOptions Bare(AnalyzerOptions options) => options with
    {
        DetectBoilerplate = false,
        TrimPersonTitles = false,
        RepairMentionBoundaries = false,
        EnforceTypeConsistency = false,
    };

    private TokenScoreRecognizer Recognizer(ParseResult parseResult, AccurateEnglishModel accurate)
    {
        var mix = parseResult.GetValue(Mix);
        if (mix is null)
        {
            return accurate.Recognizer;
        }

        var parts = mix.Split(',');
        if (parts.Length > 2
            || !float.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var weight) || !(weight > 0)
            || !TryTemperature(parts, out var temperature))
        {
            throw new CliUsageException($"--accurate-mix '{mix}': expected WEIGHT[,TEMPERATURE], two positive numbers such as 40 or 40,1.5.");
        }

        return TokenScoreRecognizer.Combine(accurate.Scorer, EnglishModel.Default, weight, temperature);
    }

    private static bool TryTemperature(string[] parts, out float temperature)
    {
        temperature = 1f;
        return parts.Length == 1
            || float.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out temperature) && temperature > 0;
    }
}
