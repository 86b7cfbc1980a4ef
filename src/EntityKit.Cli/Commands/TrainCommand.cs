using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using EntityKit.Corpora;
using EntityKit.Lexicon;
using EntityKit.Recognition;
using EntityKit.Text;
using EntityKit.Training;

namespace EntityKit.Cli.Commands;

/// <summary>
/// <c>entitykit train --train FILE.bio [--dev FILE.bio] --out MODEL [--epochs N] [--seed S]</c>: trains an averaged
/// perceptron NER model. Training sees text as the analyzer does (gold documents are detokenized, then tokenized and
/// split by the English tokenizer and sentence splitter) unless <c>--mode tokens</c> keeps the gold tokens. Progress is
/// printed after each epoch; with a development set the best epoch is kept.
/// </summary>
internal sealed class TrainCommand : ICliCommand
{
    private readonly Option<string> _train = new("--train")
    {
        Description = "The training corpus (BIO: TOKEN<TAB>TAG, blank lines between sentences, -DOCSTART- between documents).",
        HelpName = "FILE.bio",
        Required = true,
    };

    private readonly Option<string?> _dev = new("--dev")
    {
        Description = "A development corpus: scored after every epoch, and the best epoch is kept.",
        HelpName = "FILE.bio",
    };

    private readonly Option<string> _out = new("--out")
    {
        Description = "Where to write the model.",
        HelpName = "MODEL",
        Required = true,
    };

    private readonly Option<int> _epochs = new("--epochs")
    {
        Description = "Passes over the training data.",
        DefaultValueFactory = _ => 12,
        HelpName = "N",
    };

    private readonly Option<int> _seed = new("--seed")
    {
        Description = "Shuffle seed: the same seed and data give the same model.",
        DefaultValueFactory = _ => 1,
        HelpName = "S",
    };

    private readonly Option<string> _mode = new("--mode")
    {
        Description = "raw: train on our own tokenization of the detokenized text (what the analyzer sees); tokens: on the gold tokens.",
        DefaultValueFactory = _ => "raw",
        HelpName = "raw|tokens",
    };

    private readonly Option<string?> _clusters = new("--clusters")
    {
        Description = "Word clusters (the lexicon's word-cluster file) to use as features; stored in the model.",
        HelpName = "FILE",
    };

    private readonly Option<string?> _gazetteer = new("--gazetteer")
    {
        Description = "Gazetteer files (the lexicon's .ekgz files), comma-separated, merged; their hits are features, stored in the model.",
        HelpName = "FILE[,FILE...]",
    };

    private readonly Option<float> _prune = new("--prune")
    {
        Description = "Drop averaged weights smaller than this in magnitude (smaller, faster model).",
        DefaultValueFactory = _ => new TrainingOptions().PruneThreshold,
        HelpName = "W",
    };

    public TrainCommand()
    {
        _epochs.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--epochs must be at least 1.");
            }
        });
        _mode.AcceptOnlyFromAmong("raw", "tokens");
    }

    public Command Create(CliContext context)
    {
        var command = new Command("train", "Train a named-entity model from BIO corpora.")
        {
            _train, _dev, _out, _epochs, _seed, _mode, _clusters, _gazetteer, _prune,
        };
        command.SetAction((parseResult, cancellationToken) => Task.FromResult(Run(parseResult, context, cancellationToken)));
        return command;
    }

    private int Run(ParseResult parseResult, CliContext context, CancellationToken cancellationToken)
    {
        var trainPath = RequireFile(parseResult.GetRequiredValue(_train));
        var devPath = parseResult.GetValue(_dev) is { } dev ? RequireFile(dev) : null;
        var outPath = parseResult.GetRequiredValue(_out);
        var epochs = parseResult.GetValue(_epochs);
        var seed = parseResult.GetValue(_seed);
        var mode = parseResult.GetValue(_mode) ?? "raw";
        var labels = BilouLabelSet.OntoNotes;
        var output = context.Out;
        var c = CultureInfo.InvariantCulture;

        var stopwatch = Stopwatch.StartNew();
        Func<BioDocument, TrainingDocument> prepare = mode == "tokens"
            ? document => GoldTokenDocuments.Create(document, labels)
            : new RawTextDocuments(new EnglishTokenizer(), new SentenceSplitter(), labels).Create;
        List<TrainingDocument> train, development;
        try
        {
            train = BioReader.ReadFile(trainPath).Select(prepare).ToList();
            development = devPath is null ? [] : BioReader.ReadFile(devPath).Select(prepare).ToList();
        }
        catch (BioFormatException exception)
        {
            throw new CliUsageException(exception.Message, exception);
        }

        output.WriteLine(string.Create(c,
            $"Read {train.Count:N0} training documents ({train.Sum(d => d.TokenCount):N0} tokens) and {development.Count:N0} development documents in {stopwatch.Elapsed.TotalSeconds:F1}s ({mode} mode)."));
        var description = string.Create(c,
            $"entitykit train --train {Path.GetFileName(trainPath)}{(devPath is null ? string.Empty : " --dev " + Path.GetFileName(devPath))} --epochs {epochs} --seed {seed} --mode {mode} --prune {parseResult.GetValue(_prune)}");
        var clustersPath = parseResult.GetValue(_clusters);
        var gazetteerPath = parseResult.GetValue(_gazetteer);
        if (clustersPath is not null)
        {
            description += " --clusters " + Path.GetFileName(clustersPath);
        }

        if (gazetteerPath is not null)
        {
            description += " --gazetteer " + string.Join(',', gazetteerPath.Split(',').Select(Path.GetFileName));
        }

        var trainer = new PerceptronTrainer(new TrainingOptions
        {
            Epochs = epochs,
            Seed = seed,
            PruneThreshold = parseResult.GetValue(_prune),
            Description = description,
            Clusters = clustersPath is null ? null : LoadLexiconPart(clustersPath, WordClusters.Load),
            Gazetteer = gazetteerPath is null ? null : LoadGazetteer(gazetteerPath),
        });
        var model = trainer.Train(train, development.Count > 0 ? development : null, new LineProgress(output), cancellationToken);

        var directory = Path.GetDirectoryName(Path.GetFullPath(outPath));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        model.Save(outPath);
        output.WriteLine(string.Create(c,
            $"Wrote {outPath}: {new FileInfo(outPath).Length / 1024.0 / 1024.0:F2} MB, {model.FeatureCount:N0} features, {model.WeightCount:N0} weights; total {stopwatch.Elapsed.TotalSeconds:F0}s."));
        return ExitCodes.Success;
    }

    private static T LoadLexiconPart<T>(string path, Func<Stream, T> load)
    {
        using var stream = File.OpenRead(RequireFile(path));
        try
        {
            return load(stream);
        }
        catch (InvalidDataException exception)
        {
            throw new CliUsageException($"'{path}' is not a valid lexicon file: {exception.Message}", exception);
        }
    }

    private static Gazetteer LoadGazetteer(string paths)
    {
        var streams = paths.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(p => (Stream)File.OpenRead(RequireFile(p))).ToList();
        try
        {
            return Gazetteer.Load(streams);
        }
        catch (InvalidDataException exception)
        {
            throw new CliUsageException($"'{paths}' is not a valid gazetteer: {exception.Message}", exception);
        }
        finally
        {
            streams.ForEach(s => s.Dispose());
        }
    }

    private static string RequireFile(string path) =>
        File.Exists(path) ? path : throw new CliUsageException($"'{path}' does not exist.");

    /// <summary>Prints each epoch report as it arrives (synchronously, unlike <see cref="Progress{T}"/>).</summary>
    private sealed class LineProgress(TextWriter output) : IProgress<EpochReport>
    {
        public void Report(EpochReport value)
        {
            output.WriteLine(value.ToString());
            output.Flush();
        }
    }
}
