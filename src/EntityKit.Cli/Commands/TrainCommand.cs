using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using EntityKit.Corpora;
using EntityKit.Evaluation.Ner;
using EntityKit.Lexicon;
using EntityKit.Recognition;
using EntityKit.Text;
using EntityKit.Training;

namespace EntityKit.Cli.Commands;

/// <summary>
/// <c>entitykit train --train FILE [--dev FILE] --out MODEL [--epochs N] [--seed S] [--base english|MODEL]</c>: trains
/// an averaged perceptron NER model, or with <c>--base</c> continues training an existing one on the user's data
/// (see docs/CUSTOMIZE.md). Files are BIO or the user JSONL format (by extension or <c>--format</c>). Training sees
/// text as the analyzer does (gold documents are detokenized, then tokenized and split by the English tokenizer and
/// sentence splitter) unless <c>--mode tokens</c> keeps the gold tokens. Progress is printed after each epoch; with a
/// development set the best epoch is kept.
/// </summary>
internal sealed class TrainCommand : ICliCommand
{
    private readonly Option<string> _train = new("--train")
    {
        Description = "The training corpus: BIO (TOKEN<TAB>TAG, blank lines between sentences, -DOCSTART- between documents) or JSONL ({\"text\", \"spans\": [{\"start\", \"end\", \"type\"}]} per line).",
        HelpName = "FILE.bio|FILE.jsonl",
        Required = true,
    };

    private readonly Option<string?> _dev = new("--dev")
    {
        Description = "A development corpus: scored after every epoch, and the best epoch is kept; with --base it also refits the confidences.",
        HelpName = "FILE.bio|FILE.jsonl",
    };

    private readonly Option<string?> _format = new("--format")
    {
        Description = "Format of --train and --dev: bio or jsonl (default: jsonl for .jsonl files, bio otherwise).",
        HelpName = "bio|jsonl",
    };

    private readonly Option<string?> _base = new("--base")
    {
        Description = "Continue training this model instead of starting from nothing: 'english' (the embedded model) or a model file.",
        HelpName = "english|MODEL",
    };

    private readonly Option<bool> _noBaseLabels = new("--no-base-labels")
    {
        Description = "With --base: take the training data as complete (every O is O) instead of filling the types it does not annotate with the base model's predictions.",
    };

    private readonly Option<string?> _rehearse = new("--rehearse")
    {
        Description = "With --base: extra data of the base types (such as the base model's training corpus) mixed into every epoch.",
        HelpName = "FILE.bio",
    };

    private readonly Option<int> _rehearseSentences = new("--rehearse-sentences")
    {
        Description = "At most this many sentences of --rehearse data (whole documents, sampled with --seed).",
        DefaultValueFactory = _ => new FineTuningOptions().RehearsalSentences,
        HelpName = "N",
    };

    private readonly Option<float> _updateSize = new("--update-size")
    {
        Description = "With --base: how far one perceptron update moves a weight (1 = as in training from scratch; smaller nudges the base model less).",
        DefaultValueFactory = _ => new FineTuningOptions().UpdateSize,
        HelpName = "W",
    };

    private readonly Option<string?> _baseDev = new("--base-dev")
    {
        Description = "With --base: a BIO corpus of the base types (e.g. OntoNotes dev) scored in raw mode before and after, to show what was forgotten.",
        HelpName = "FILE.bio",
    };

    private readonly Option<string> _out = new("--out")
    {
        Description = "Where to write the model.",
        HelpName = "MODEL",
        Required = true,
    };

    private readonly Option<int?> _epochs = new("--epochs")
    {
        Description = "Passes over the training data (default 12; 5 with --base).",
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
        Description = "Word clusters (the lexicon's .ekwc files) to use as features; stored in the model. A second file, after a comma, adds an independent clustering of the same words as extra levels (at most 6 levels in all).",
        HelpName = "FILE[,FILE]",
    };

    private readonly Option<string?> _gazetteer = new("--gazetteer")
    {
        Description = "Gazetteer files (the lexicon's .ekgz files), comma-separated, merged; their hits are features, stored in the model.",
        HelpName = "FILE[,FILE...]",
    };

    private readonly Option<double> _historyDropout = new("--history-dropout")
    {
        Description = "Share of training documents (drawn each epoch) that record no prediction history, so the model leans less on its own earlier decisions.",
        DefaultValueFactory = _ => 0,
        HelpName = "P",
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

    private readonly Option<bool> _richNeighbours = new("--rich-neighbours")
    {
        Description = "Also use the last three letters of the words at +-1 and every cluster level of the words at +-2 (stored in the model; free at run time).",
    };

    private readonly Option<bool> _lowerCaseClusters = new("--lower-case-clusters")
    {
        Description = "For words with capitals, also use the clusters of their lower-cased form (stored in the model; free at run time).",
    };

    private readonly Option<int> _minFeatureCount = new("--min-feature-count")
    {
        Description = "Leave out of training the features seen fewer than N times in the training data (1: keep all; 2 drops the features of single examples).",
        DefaultValueFactory = _ => new TrainingOptions().MinFeatureCount,
        HelpName = "N",
    };

    private readonly Option<int> _margin = new("--margin")
    {
        Description = "Cost-augmented training: every wrong label's score is raised by this many weight units while training decodes, so gold must win by a margin (0: plain perceptron; also used by --base fine-tuning).",
        DefaultValueFactory = _ => new TrainingOptions().MarginCost,
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
            if (result.GetValueOrDefault<int?>() < 1)
            {
                result.AddError("--epochs must be at least 1.");
            }
        });
        _mode.AcceptOnlyFromAmong("raw", "tokens");
        _format.AcceptOnlyFromAmong("bio", "jsonl");
        _updateSize.Validators.Add(result =>
        {
            if (!(result.GetValueOrDefault<float>() > 0))
            {
                result.AddError("--update-size must be positive.");
            }
        });
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
        _margin.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
            {
                result.AddError("--margin must be at least 0.");
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
        _rehearseSentences.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
            {
                result.AddError("--rehearse-sentences must be at least 0.");
            }
        });
    }

    public Command Create(CliContext context)
    {
        var command = new Command("train", "Train a named-entity model from BIO or JSONL corpora, or fine-tune one (--base).")
        {
            _train, _dev, _out, _epochs, _seed, _mode, _format, _clusters, _gazetteer, _prune, _historyDropout, _margin, _featureDropout, _minFeatureCount, _characterTrigrams, _richNeighbours, _lowerCaseClusters,
            _extra, _extraMap, _extraShare, _base, _noBaseLabels, _rehearse, _rehearseSentences, _updateSize, _baseDev,
        };
        command.SetAction((parseResult, cancellationToken) => Task.FromResult(Run(parseResult, context, cancellationToken)));
        return command;
    }

    private int Run(ParseResult parseResult, CliContext context, CancellationToken cancellationToken)
    {
        var trainPath = RequireFile(parseResult.GetRequiredValue(_train));
        var devPath = parseResult.GetValue(_dev) is { } dev ? RequireFile(dev) : null;
        var format = parseResult.GetValue(_format);
        var mode = parseResult.GetValue(_mode) ?? "raw";
        CheckExtraOptions(parseResult, mode);
        var stopwatch = Stopwatch.StartNew();
        var train = AnnotatedCorpus.Read(trainPath, AnnotatedCorpus.FormatOf(trainPath, format), context.Error);
        var development = devPath is null ? null : AnnotatedCorpus.Read(devPath, AnnotatedCorpus.FormatOf(devPath, format), context.Error);
        var basePath = parseResult.GetValue(_base);
        if (basePath is null)
        {
            foreach (var option in new Option[] { _noBaseLabels, _rehearse, _rehearseSentences, _updateSize, _baseDev })
            {
                if (parseResult.GetResult(option) is { Implicit: false })
                {
                    throw new CliUsageException($"{option.Name} needs --base.");
                }
            }

            return RunFromScratch(parseResult, context, train, development, mode, stopwatch, cancellationToken);
        }

        foreach (var option in new Option[] { _clusters, _gazetteer })
        {
            if (parseResult.GetResult(option) is { Implicit: false })
            {
                throw new CliUsageException($"{option.Name} cannot be used with --base: the base model's lexicon is kept so that its features keep their meaning.");
            }
        }

        return RunFineTune(parseResult, context, ModelArgument.Load(basePath), basePath, train, development, mode, stopwatch, cancellationToken);
    }

    /// <summary>The <c>--extra</c> options make sense together, from scratch, in raw mode, with files that exist.</summary>
    private void CheckExtraOptions(ParseResult parseResult, string mode)
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

        if (parseResult.GetValue(_base) is not null || mode != "raw")
        {
            throw new CliUsageException("--extra works only when training from scratch in raw mode (not with --base or --mode tokens).");
        }

        if (parseResult.GetValue(_extraMap) is null)
        {
            throw new CliUsageException("--extra needs --extra-map to say how its types map onto ours (conll).");
        }

        foreach (var path in extraPaths)
        {
            RequireFile(path);
        }
    }

    private int RunFromScratch(
        ParseResult parseResult, CliContext context, AnnotatedCorpus trainCorpus, AnnotatedCorpus? devCorpus, string mode,
        Stopwatch stopwatch, CancellationToken cancellationToken)
    {
        var outPath = parseResult.GetRequiredValue(_out);
        var epochs = parseResult.GetValue(_epochs) ?? 12;
        var seed = parseResult.GetValue(_seed);
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
            $"entitykit train --train {Path.GetFileName(trainCorpus.Path)}{(devCorpus is null ? string.Empty : " --dev " + Path.GetFileName(devCorpus.Path))} --epochs {epochs} --seed {seed} --mode {mode} --prune {parseResult.GetValue(_prune)}{(parseResult.GetValue(_historyDropout) > 0 ? $" --history-dropout {parseResult.GetValue(_historyDropout)}" : string.Empty)}{(parseResult.GetValue(_margin) > 0 ? $" --margin {parseResult.GetValue(_margin)}" : string.Empty)}{(parseResult.GetValue(_featureDropout) > 0 ? $" --feature-dropout {parseResult.GetValue(_featureDropout)}" : string.Empty)}{(parseResult.GetValue(_minFeatureCount) > 1 ? $" --min-feature-count {parseResult.GetValue(_minFeatureCount)}" : string.Empty)}{(parseResult.GetValue(_characterTrigrams) ? " --char-trigrams" : string.Empty)}{(parseResult.GetValue(_richNeighbours) ? " --rich-neighbours" : string.Empty)}{(parseResult.GetValue(_lowerCaseClusters) ? " --lower-case-clusters" : string.Empty)}");
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
            PruneThreshold = parseResult.GetValue(_prune),
            HistoryDropout = parseResult.GetValue(_historyDropout),
            MarginCost = parseResult.GetValue(_margin),
            FeatureDropout = parseResult.GetValue(_featureDropout),
            MinFeatureCount = parseResult.GetValue(_minFeatureCount),
            CharacterTrigrams = parseResult.GetValue(_characterTrigrams),
            RichNeighbours = parseResult.GetValue(_richNeighbours),
            LowerCaseClusters = parseResult.GetValue(_lowerCaseClusters),
            Description = description,
            Clusters = clustersPath is null ? null : LoadClusters(clustersPath),
            Gazetteer = gazetteerPath is null ? null : LoadGazetteer(gazetteerPath),
        });
        var model = trainer.Train(train, development.Count > 0 ? development : null, new LineProgress(output), cancellationToken);
        Save(model, outPath, output, stopwatch);
        return ExitCodes.Success;
    }

    private int RunFineTune(
        ParseResult parseResult, CliContext context, NerModel baseModel, string baseName, AnnotatedCorpus trainCorpus,
        AnnotatedCorpus? devCorpus, string mode, Stopwatch stopwatch, CancellationToken cancellationToken)
    {
        var outPath = parseResult.GetRequiredValue(_out);
        var output = context.Out;
        var c = CultureInfo.InvariantCulture;
        var defaults = new FineTuningOptions();
        var epochs = parseResult.GetValue(_epochs) ?? defaults.Epochs;
        var seed = parseResult.GetValue(_seed);
        var useBaseLabels = !parseResult.GetValue(_noBaseLabels);
        var labels = ModelFineTuner.LabelsFor(baseModel, trainCorpus.Types.Concat(devCorpus?.Types ?? []));
        var train = trainCorpus.Prepare(labels, mode);
        var development = devCorpus?.Prepare(labels, mode);
        List<TrainingDocument>? rehearsal = null;
        if (parseResult.GetValue(_rehearse) is { } rehearsePath)
        {
            rehearsal = AnnotatedCorpus.Read(RequireFile(rehearsePath), "bio", context.Error).Prepare(labels, mode);
        }

        var annotated = trainCorpus.Types.Concat(devCorpus?.Types ?? []).ToHashSet();
        var added = labels.Types.Skip(baseModel.Types.Length).ToList();
        output.WriteLine(string.Create(c,
            $"Base: {baseName} ({baseModel.Types.Length} types). Read {train.Count:N0} training texts ({train.Sum(d => d.TokenCount):N0} tokens){(development is null ? string.Empty : $" and {development.Count:N0} development texts")} in {stopwatch.Elapsed.TotalSeconds:F1}s."));
        output.WriteLine($"Annotated types: {string.Join(", ", annotated.Select(t => t.Name))}; new types: {(added.Count == 0 ? "none" : string.Join(", ", added.Select(t => t.Name)))}.");
        output.WriteLine(useBaseLabels
            ? "Types the data does not annotate are filled in from the base model's predictions (--no-base-labels to turn off)."
            : "The data is taken as complete: every O is O (--no-base-labels).");

        var baseDevPath = parseResult.GetValue(_baseDev) is { } bd ? RequireFile(bd) : null;
        var scoredUserTypes = useBaseLabels ? annotated : null;
        NerEvaluationReport? userBefore = development is null ? null : TrainingDocumentScorer.Score(baseModel, development, labels, scoredUserTypes);
        var isEnglish = baseName.Equals("english", StringComparison.OrdinalIgnoreCase);
        NerEvaluationReport? baseDevBefore = baseDevPath is null ? null : BeforeAfterScores.ScoreRaw(baseModel, isEnglish, baseDevPath, cancellationToken);

        var description = string.Create(c,
            $"{baseModel.Description} | fine-tuned: entitykit train --base {Path.GetFileName(baseName)} --train {Path.GetFileName(trainCorpus.Path)}{(devCorpus is null ? string.Empty : " --dev " + Path.GetFileName(devCorpus.Path))} --epochs {epochs} --seed {seed} --update-size {parseResult.GetValue(_updateSize)}{(useBaseLabels ? string.Empty : " --no-base-labels")}{(rehearsal is null ? string.Empty : $" --rehearse {Path.GetFileName(parseResult.GetValue(_rehearse))} --rehearse-sentences {parseResult.GetValue(_rehearseSentences)}")}");
        var tuner = new ModelFineTuner(new FineTuningOptions
        {
            Epochs = epochs,
            Seed = seed,
            PruneThreshold = parseResult.GetValue(_prune),
            UseBaseLabels = useBaseLabels,
            RehearsalSentences = parseResult.GetValue(_rehearseSentences),
            UpdateSize = parseResult.GetValue(_updateSize),
            MarginCost = parseResult.GetValue(_margin),
            Description = description,
        });
        var result = tuner.FineTune(baseModel, labels, train, development, rehearsal, new LineProgress(output), cancellationToken);
        output.WriteLine(string.Create(c,
            $"Merged {result.BaseLabelMentions:N0} base-model mentions into the training texts; {result.RehearsalSentences:N0} rehearsal sentences; confidences {(result.Recalibrated ? "refitted on the development data" : "kept from the base model")}."));

        if (userBefore is not null)
        {
            var userAfter = TrainingDocumentScorer.Score(result.Model, development!, labels, scoredUserTypes);
            output.WriteLine("Development data (annotated types), before → after:");
            BeforeAfterScores.Write(output, userBefore, userAfter);
        }

        if (baseDevBefore is not null)
        {
            var baseDevAfter = BeforeAfterScores.ScoreRaw(result.Model, isEnglish, baseDevPath!, cancellationToken);
            output.WriteLine(string.Create(c, $"Base dev {Path.GetFileName(baseDevPath)} (raw mode), before → after:"));
            BeforeAfterScores.Write(output, baseDevBefore, baseDevAfter);
            var baseTypes = baseModel.Types.Select(t => t.Name).ToHashSet();
            var afterBaseOnly = BeforeAfterScores.MicroOf(baseDevAfter.Types.Where(t => baseTypes.Contains(t.Type)));
            output.WriteLine(string.Create(c,
                $"base dev micro F1: {100 * baseDevBefore.Micro.F1:F2} → {100 * baseDevAfter.Micro.F1:F2} (counting only the base types' predictions: {100 * afterBaseOnly.F1:F2})"));
        }

        Save(result.Model, outPath, output, stopwatch);
        return ExitCodes.Success;
    }

    private static void Save(NerModel model, string outPath, TextWriter output, Stopwatch stopwatch)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(outPath));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        model.Save(outPath);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Wrote {outPath}: {new FileInfo(outPath).Length / 1024.0 / 1024.0:F2} MB, {model.FeatureCount:N0} features, {model.WeightCount:N0} weights; total {stopwatch.Elapsed.TotalSeconds:F0}s."));
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
