using System.CommandLine;
using System.Globalization;
using EntityKit.Corpora;
using EntityKit.Lexicon;
using EntityKit.Recognition;
using EntityKit.Text;
using EntityKit.Training;

namespace EntityKit.Cli.Commands;

/// <summary>
/// <c>entitykit train --train FILE [--dev FILE] --out MODEL [--epochs N] [--seed S]</c>: trains an averaged perceptron
/// NER model from scratch (continuing a model is <see cref="FineTuneCommand"/>). Files are BIO or the user JSONL format
/// (by extension or <c>--format</c>). Training sees text as the analyzer does (gold documents are detokenized, then
/// tokenized and split by the English tokenizer and sentence splitter) unless <c>--mode tokens</c> keeps the gold
/// tokens. Progress is printed after each epoch; with a development set the best epoch is kept.
/// </summary>
/// <remarks><c>train --base</c>, the fine-tuning of earlier releases, still works for one release: it warns on stderr
/// and runs <c>fine-tune</c> (whose options <c>train</c> keeps, hidden from its help).</remarks>
internal sealed class TrainCommand : ICliCommand
{
    private const int DefaultEpochs = 12;

    private readonly TrainingCommandOptions _training = new(DefaultEpochs);

    /// <summary>For the deprecated <c>train --base</c> only.</summary>
    private readonly FineTuningCommandOptions _deprecatedFineTuning = new(baseRequired: false, hidden: true);

    private readonly Option<string?> _clusters = new("--clusters")
    {
        Description = "Word clusters (the lexicon's .ekwc files) to use as features; stored in the model. A second file, after a comma, adds an independent clustering of the same words as extra levels (at most 6 levels in all).",
        HelpName = "FILE[,FILE]",
    };

    private readonly Option<string?> _gazetteer = new("--gazetteer")
    {
        Description = "Gazetteer files (the lexicon's .ekgz files), comma-separated, merged; their hits are features, stored in the model.",
        HelpName = "FILE[,FILE...]",
    };

    private readonly Option<double> _featureDropout = new("--feature-dropout")
    {
        Description = "Chance that each feature of a token is left out of a training pass, so the model also learns its weaker features (0: keep all).",
        DefaultValueFactory = _ => 0,
        HelpName = "P",
    };

    private readonly Option<bool> _characterTrigrams = new("--char-trigrams")
    {
        Description = "Use the character trigrams inside each word as features (stored in the model).",
    };

    private readonly Option<int> _minFeatureCount = new("--min-feature-count")
    {
        Description = "Leave out of training the features seen fewer than N times in the training data (1: keep all; 2 drops the features of single examples).",
        DefaultValueFactory = _ => new TrainingOptions().MinFeatureCount,
        HelpName = "N",
    };

    private readonly Option<string[]> _extra = new("--extra")
    {
        Description = "Extra training corpora (BIO) annotated with a coarser or different type set, used as partially labelled data: each of their entities must be one entity of a type --extra-map allows, other tokens O or a type the scheme does not annotate. Shuffled in with --train every epoch. Repeatable.",
        HelpName = "FILE.bio",
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<string?> _extraMap = new("--extra-map")
    {
        Description = "How the --extra corpora's types map onto ours: conll (CoNLL-2003: PER→PERSON, ORG→ORG, LOC→GPE/LOC/FAC, MISC→NORP/EVENT/PRODUCT/WORK_OF_ART/LAW/LANGUAGE), or your own COARSE=FINE/FINE,... entries. Types no coarse type maps to (for conll the value types DATE, MONEY, ...) count as not annotated there.",
        HelpName = "conll|COARSE=FINE/...,...",
    };

    private readonly Option<double> _extraShare = new("--extra-share")
    {
        Description = "Use only this share of the --extra documents (whole documents, sampled once with --seed).",
        DefaultValueFactory = _ => 1.0,
        HelpName = "P",
    };

    public TrainCommand()
    {
        _featureDropout.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() is not (>= 0 and < 1))
            {
                result.AddError("--feature-dropout must be at least 0 and below 1.");
            }
        });
        _minFeatureCount.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--min-feature-count must be at least 1.");
            }
        });
        _extraShare.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() is not (> 0 and <= 1))
            {
                result.AddError("--extra-share must be more than 0 and at most 1.");
            }
        });
        _extraMap.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } text)
            {
                try
                {
                    CoarseTypeMapping.Parse(text);
                }
                catch (FormatException exception)
                {
                    result.AddError($"--extra-map: {exception.Message}");
                }
            }
        });
    }

    public Command Create(CliContext context)
    {
        var command = new Command("train", "Train a named-entity model from scratch on BIO or JSONL corpora (to continue a model on your data: fine-tune).");
        Option[] own =
        [
            _clusters, _gazetteer, _featureDropout, _minFeatureCount, _characterTrigrams,
            _extra, _extraMap, _extraShare,
        ];
        foreach (var option in _training.All.Concat(own).Concat(_deprecatedFineTuning.All))
        {
            command.Options.Add(option);
        }

        command.SetAction((parseResult, cancellationToken) => Task.FromResult(Run(parseResult, context, cancellationToken)));
        return command;
    }

    private int Run(ParseResult parseResult, CliContext context, CancellationToken cancellationToken)
    {
        if (parseResult.GetValue(_deprecatedFineTuning.Base) is null)
        {
            foreach (var option in _deprecatedFineTuning.AllButBase)
            {
                if (parseResult.GetResult(option) is { Implicit: false })
                {
                    throw new CliUsageException($"{option.Name} is a fine-tuning option: use 'entitykit fine-tune --base english|MODEL'.");
                }
            }

            CheckExtraOptions(parseResult);
            return RunFromScratch(parseResult, context, _training.ReadCorpora(parseResult, context.Error), cancellationToken);
        }

        foreach (var option in new Option[] { _clusters, _gazetteer, _extra, _extraMap, _extraShare, _featureDropout, _minFeatureCount, _characterTrigrams })
        {
            if (parseResult.GetResult(option) is { Implicit: false })
            {
                throw new CliUsageException($"{option.Name} cannot be used with --base: fine-tuning keeps the base model's lexicon and features so that they keep their meaning.");
            }
        }

        context.Error.WriteLine("entitykit: warning: 'train --base' is deprecated and will be removed in the next release; use 'entitykit fine-tune --base ...' (same options).");
        return FineTuneCommand.Run(parseResult, context, _training, _deprecatedFineTuning, cancellationToken);
    }

    /// <summary>The <c>--extra</c> options make sense together, in raw mode, with files that exist.</summary>
    private void CheckExtraOptions(ParseResult parseResult)
    {
        var extraPaths = parseResult.GetValue(_extra) ?? [];
        if (extraPaths.Length == 0)
        {
            if (parseResult.GetResult(_extraMap) is { Implicit: false } || parseResult.GetResult(_extraShare) is { Implicit: false })
            {
                throw new CliUsageException("--extra-map and --extra-share need --extra.");
            }

            return;
        }

        if (parseResult.GetValue(_training.Mode) != "raw")
        {
            throw new CliUsageException("--extra works only in raw mode (not with --mode tokens).");
        }

        if (parseResult.GetValue(_extraMap) is null)
        {
            throw new CliUsageException("--extra needs --extra-map to say how its types map onto ours (conll).");
        }

        foreach (var path in extraPaths)
        {
            TrainingCommandOptions.RequireFile(path);
        }
    }

    private int RunFromScratch(ParseResult parseResult, CliContext context, TrainingCorpora corpora, CancellationToken cancellationToken)
    {
        var (trainCorpus, devCorpus, mode, stopwatch) = corpora;
        var epochs = parseResult.GetValue(_training.Epochs) ?? _training.DefaultEpochs;
        var seed = parseResult.GetValue(_training.Seed);
        var output = context.Out;
        var c = CultureInfo.InvariantCulture;
        var labels = new BilouLabelSet(EntityType.OntoNotes.Concat(trainCorpus.Types).Concat(devCorpus?.Types ?? []).Distinct());
        var train = trainCorpus.Prepare(labels, mode);
        var development = devCorpus?.Prepare(labels, mode) ?? [];
        output.WriteLine(string.Create(c,
            $"Read {train.Count:N0} training documents ({train.Sum(d => d.TokenCount):N0} tokens) and {development.Count:N0} development documents in {stopwatch.Elapsed.TotalSeconds:F1}s ({mode} mode)."));
        var extraDescription = string.Empty;
        if (parseResult.GetValue(_extra) is { Length: > 0 } extraPaths)
        {
            var mapName = parseResult.GetValue(_extraMap)!;
            var share = parseResult.GetValue(_extraShare);
            var extra = ExtraCorpora.Read(extraPaths, labels, CoarseTypeMapping.Parse(mapName), share, seed, output);
            train = [.. train, .. extra];
            extraDescription = string.Create(c,
                $" --extra {string.Join(',', extraPaths.Select(Path.GetFileName))} --extra-map {mapName}{(share < 1 ? $" --extra-share {share}" : string.Empty)}");
        }

        if (labels.Types.Length > EntityType.OntoNotes.Count)
        {
            output.WriteLine($"Types beyond the 18 OntoNotes types in the data: {string.Join(", ", labels.Types.Skip(EntityType.OntoNotes.Count).Select(t => t.Name))}.");
        }

        var description = string.Create(c,
            $"entitykit train --train {Path.GetFileName(trainCorpus.Path)}{(devCorpus is null ? string.Empty : " --dev " + Path.GetFileName(devCorpus.Path))} --epochs {epochs} --seed {seed} --mode {mode} --prune {parseResult.GetValue(_training.Prune)}{(parseResult.GetValue(_training.Margin) > 0 ? $" --margin {parseResult.GetValue(_training.Margin)}" : string.Empty)}{(parseResult.GetValue(_featureDropout) > 0 ? $" --feature-dropout {parseResult.GetValue(_featureDropout)}" : string.Empty)}{(parseResult.GetValue(_minFeatureCount) > 1 ? $" --min-feature-count {parseResult.GetValue(_minFeatureCount)}" : string.Empty)}{(parseResult.GetValue(_characterTrigrams) ? " --char-trigrams" : string.Empty)}");
        description += extraDescription;
        var clustersPath = parseResult.GetValue(_clusters);
        var gazetteerPath = parseResult.GetValue(_gazetteer);
        if (clustersPath is not null)
        {
            description += " --clusters " + string.Join(',', clustersPath.Split(',').Select(Path.GetFileName));
        }

        if (gazetteerPath is not null)
        {
            description += " --gazetteer " + string.Join(',', gazetteerPath.Split(',').Select(Path.GetFileName));
        }

        var trainer = new PerceptronTrainer(new TrainingOptions
        {
            Epochs = epochs,
            Seed = seed,
            Labels = labels,
            PruneThreshold = parseResult.GetValue(_training.Prune),
            MarginCost = parseResult.GetValue(_training.Margin),
            FeatureDropout = parseResult.GetValue(_featureDropout),
            MinFeatureCount = parseResult.GetValue(_minFeatureCount),
            CharacterTrigrams = parseResult.GetValue(_characterTrigrams),
            Description = description,
            Clusters = clustersPath is null ? null : LoadClusters(clustersPath),
            Gazetteer = gazetteerPath is null ? null : LoadGazetteer(gazetteerPath),
        });
        var model = trainer.Train(train, development.Count > 0 ? development : null, new TrainingCommandOptions.LineProgress(output), cancellationToken);
        _training.Save(parseResult, model, output, stopwatch);
        return ExitCodes.Success;
    }

    private static T LoadLexiconPart<T>(string path, Func<Stream, T> load)
    {
        using var stream = File.OpenRead(TrainingCommandOptions.RequireFile(path));
        try
        {
            return load(stream);
        }
        catch (InvalidDataException exception)
        {
            throw new CliUsageException($"'{path}' is not a valid lexicon file: {exception.Message}", exception);
        }
    }

    private static WordClusters LoadClusters(string paths)
    {
        var tables = paths.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(p => LoadLexiconPart(p, WordClusters.Load)).ToList();
        try
        {
            return tables.Skip(1).Aggregate(tables[0], WordClusters.Concatenate);
        }
        catch (ArgumentException exception)
        {
            throw new CliUsageException($"The cluster files '{paths}' cannot be combined: {exception.Message}", exception);
        }
    }

    private static Gazetteer LoadGazetteer(string paths)
    {
        var streams = paths.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(p => (Stream)File.OpenRead(TrainingCommandOptions.RequireFile(p))).ToList();
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
}
