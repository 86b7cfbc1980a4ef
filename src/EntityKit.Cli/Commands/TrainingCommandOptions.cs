using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using EntityKit.Recognition;
using EntityKit.Training;

namespace EntityKit.Cli.Commands;

/// <summary>
/// The options <c>train</c> and <c>fine-tune</c> share (the corpora, where the model goes, epochs, seed, mode, pruning,
/// margin), their checks, reading the corpora and writing the model: one definition, so that the two commands cannot
/// drift apart. Each command creates its own instance (an option belongs to one command).
/// </summary>
internal sealed class TrainingCommandOptions
{
    public TrainingCommandOptions(int defaultEpochs)
    {
        Epochs = new Option<int?>("--epochs")
        {
            Description = $"Passes over the training data (default {defaultEpochs}).",
            HelpName = "N",
        };
        DefaultEpochs = defaultEpochs;
        Epochs.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() < 1)
            {
                result.AddError("--epochs must be at least 1.");
            }
        });
        Mode.AcceptOnlyFromAmong("raw", "tokens");
        Format.AcceptOnlyFromAmong("bio", "jsonl");
        Margin.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
            {
                result.AddError("--margin must be at least 0.");
            }
        });
    }

    public Option<string> Train { get; } = new("--train")
    {
        Description = "The training corpus: BIO (TOKEN<TAB>TAG, blank lines between sentences, -DOCSTART- between documents) or JSONL ({\"text\", \"spans\": [{\"start\", \"end\", \"type\"}]} per line).",
        HelpName = "FILE.bio|FILE.jsonl",
        Required = true,
    };

    public Option<string?> Dev { get; } = new("--dev")
    {
        Description = "A development corpus: scored after every epoch, and the best epoch is kept; when fine-tuning it also refits the confidences.",
        HelpName = "FILE.bio|FILE.jsonl",
    };

    public Option<string?> Format { get; } = new("--format")
    {
        Description = "Format of --train and --dev: bio or jsonl (default: jsonl for .jsonl files, bio otherwise).",
        HelpName = "bio|jsonl",
    };

    public Option<string> Out { get; } = new("--out")
    {
        Description = "Where to write the model.",
        HelpName = "MODEL",
        Required = true,
    };

    public Option<int?> Epochs { get; }

    public int DefaultEpochs { get; }

    public Option<int> Seed { get; } = new("--seed")
    {
        Description = "Shuffle seed: the same seed and data give the same model.",
        DefaultValueFactory = _ => 1,
        HelpName = "S",
    };

    public Option<string> Mode { get; } = new("--mode")
    {
        Description = "raw: train on our own tokenization of the detokenized text (what the analyzer sees); tokens: on the gold tokens.",
        DefaultValueFactory = _ => "raw",
        HelpName = "raw|tokens",
    };

    public Option<float> Prune { get; } = new("--prune")
    {
        Description = "Drop averaged weights smaller than this in magnitude (smaller, faster model).",
        DefaultValueFactory = _ => new TrainingOptions().PruneThreshold,
        HelpName = "W",
    };

    public Option<int> Margin { get; } = new("--margin")
    {
        Description = "Cost-augmented training: every wrong label's score is raised by this many weight units while training decodes, so gold must win by a margin (0: plain perceptron).",
        DefaultValueFactory = _ => new TrainingOptions().MarginCost,
        HelpName = "N",
    };

    /// <summary>The options, in the order <c>--help</c> lists them.</summary>
    public IEnumerable<Option> All => [Train, Dev, Out, Epochs, Seed, Mode, Format, Prune, Margin];

    /// <summary>Reads <c>--train</c> and <c>--dev</c> (bad records are warned about on <paramref name="error"/>).</summary>
    public TrainingCorpora ReadCorpora(ParseResult parseResult, TextWriter error)
    {
        var trainPath = RequireFile(parseResult.GetRequiredValue(Train));
        var devPath = parseResult.GetValue(Dev) is { } dev ? RequireFile(dev) : null;
        var format = parseResult.GetValue(Format);
        var stopwatch = Stopwatch.StartNew();
        var train = AnnotatedCorpus.Read(trainPath, AnnotatedCorpus.FormatOf(trainPath, format), error);
        var development = devPath is null ? null : AnnotatedCorpus.Read(devPath, AnnotatedCorpus.FormatOf(devPath, format), error);
        return new TrainingCorpora(train, development, parseResult.GetValue(Mode) ?? "raw", stopwatch);
    }

    public static string RequireFile(string path) =>
        File.Exists(path) ? path : throw new CliUsageException($"'{path}' does not exist.");

    /// <summary>Writes the model to <c>--out</c> (creating its directory) and says how big it is.</summary>
    public void Save(ParseResult parseResult, NerModel model, TextWriter output, Stopwatch stopwatch)
    {
        var outPath = parseResult.GetRequiredValue(Out);
        var directory = Path.GetDirectoryName(Path.GetFullPath(outPath));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        model.Save(outPath);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Wrote {outPath}: {new FileInfo(outPath).Length / 1024.0 / 1024.0:F2} MB, {model.FeatureCount:N0} features, {model.WeightCount:N0} weights; total {stopwatch.Elapsed.TotalSeconds:F0}s."));
    }

    /// <summary>Prints each epoch report as it arrives (synchronously, unlike <see cref="Progress{T}"/>).</summary>
    public sealed class LineProgress(TextWriter output) : IProgress<EpochReport>
    {
        public void Report(EpochReport value)
        {
            output.WriteLine(value.ToString());
            output.Flush();
        }
    }
}

/// <summary>The corpora a training command read, the mode it trains in, and the clock started before reading.</summary>
internal sealed record TrainingCorpora(AnnotatedCorpus Train, AnnotatedCorpus? Development, string Mode, Stopwatch Stopwatch);
