using System.CommandLine;
using System.Globalization;
using EntityKit.Evaluation.Ner;
using EntityKit.Recognition;
using EntityKit.Training;

namespace EntityKit.Cli.Commands;

/// <summary>
/// <c>entitykit fine-tune --base english|MODEL --train FILE [--dev FILE] --out MODEL [--epochs N] [--seed S]</c>:
/// continues training an existing model on the user's data, possibly with new types (see docs/CUSTOMIZE.md). The base
/// model's lexicon and features are kept; types the data does not annotate are filled in from the base model's
/// predictions unless <c>--no-base-labels</c>. With a development set the best epoch is kept and the confidences are
/// refitted; <c>--base-dev</c> shows what the base types lost.
/// </summary>
internal sealed class FineTuneCommand : ICliCommand
{
    private readonly TrainingCommandOptions _training = new(new FineTuningOptions().Epochs);
    private readonly FineTuningCommandOptions _fineTuning = new(baseRequired: true, hidden: false);

    public Command Create(CliContext context)
    {
        var command = new Command("fine-tune", "Continue training a named-entity model (the embedded English one or a model file) on your BIO or JSONL data, possibly with new types.");
        foreach (var option in _training.All.Concat(_fineTuning.All))
        {
            command.Options.Add(option);
        }

        command.SetAction((parseResult, cancellationToken) => Task.FromResult(
            Run(parseResult, context, _training, _fineTuning, cancellationToken)));
        return command;
    }

    /// <summary>Fine-tunes the <c>--base</c> model; also the deprecated <c>train --base</c>, with <c>train</c>'s copies of the options.</summary>
    internal static int Run(
        ParseResult parseResult, CliContext context, TrainingCommandOptions training, FineTuningCommandOptions fineTuning, CancellationToken cancellationToken)
    {
        var baseName = parseResult.GetRequiredValue(fineTuning.Base)!;
        var corpora = training.ReadCorpora(parseResult, context.Error);
        var baseModel = ModelArgument.Load(baseName);
        var (trainCorpus, devCorpus, mode, stopwatch) = corpora;
        var output = context.Out;
        var c = CultureInfo.InvariantCulture;
        var epochs = parseResult.GetValue(training.Epochs) ?? training.DefaultEpochs;
        var seed = parseResult.GetValue(training.Seed);
        var useBaseLabels = !parseResult.GetValue(fineTuning.NoBaseLabels);
        var labels = ModelFineTuner.LabelsFor(baseModel, trainCorpus.Types.Concat(devCorpus?.Types ?? []));
        var train = trainCorpus.Prepare(labels, mode);
        var development = devCorpus?.Prepare(labels, mode);
        List<TrainingDocument>? rehearsal = null;
        if (parseResult.GetValue(fineTuning.Rehearse) is { } rehearsePath)
        {
            rehearsal = AnnotatedCorpus.Read(TrainingCommandOptions.RequireFile(rehearsePath), "bio", context.Error).Prepare(labels, mode);
        }

        var annotated = trainCorpus.Types.Concat(devCorpus?.Types ?? []).ToHashSet();
        var added = labels.Types.Skip(baseModel.Types.Length).ToList();
        output.WriteLine(string.Create(c,
            $"Base: {baseName} ({baseModel.Types.Length} types). Read {train.Count:N0} training texts ({train.Sum(d => d.TokenCount):N0} tokens){(development is null ? string.Empty : $" and {development.Count:N0} development texts")} in {stopwatch.Elapsed.TotalSeconds:F1}s."));
        output.WriteLine($"Annotated types: {string.Join(", ", annotated.Select(t => t.Name))}; new types: {(added.Count == 0 ? "none" : string.Join(", ", added.Select(t => t.Name)))}.");
        output.WriteLine(useBaseLabels
            ? "Types the data does not annotate are filled in from the base model's predictions (--no-base-labels to turn off)."
            : "The data is taken as complete: every O is O (--no-base-labels).");

        var baseDevPath = parseResult.GetValue(fineTuning.BaseDev) is { } bd ? TrainingCommandOptions.RequireFile(bd) : null;
        var scoredUserTypes = useBaseLabels ? annotated : null;
        NerEvaluationReport? userBefore = development is null ? null : TrainingDocumentScorer.Score(baseModel, development, labels, scoredUserTypes);
        var isEnglish = baseName.Equals("english", StringComparison.OrdinalIgnoreCase);
        NerEvaluationReport? baseDevBefore = baseDevPath is null ? null : BeforeAfterScores.ScoreRaw(baseModel, isEnglish, baseDevPath, cancellationToken);

        var description = string.Create(c,
            $"{baseModel.Description} | fine-tuned: entitykit fine-tune --base {Path.GetFileName(baseName)} --train {Path.GetFileName(trainCorpus.Path)}{(devCorpus is null ? string.Empty : " --dev " + Path.GetFileName(devCorpus.Path))} --epochs {epochs} --seed {seed} --update-size {parseResult.GetValue(fineTuning.UpdateSize)}{(useBaseLabels ? string.Empty : " --no-base-labels")}{(rehearsal is null ? string.Empty : $" --rehearse {Path.GetFileName(parseResult.GetValue(fineTuning.Rehearse))} --rehearse-sentences {parseResult.GetValue(fineTuning.RehearseSentences)}")}");
        var tuner = new ModelFineTuner(new FineTuningOptions
        {
            Epochs = epochs,
            Seed = seed,
            PruneThreshold = parseResult.GetValue(training.Prune),
            UseBaseLabels = useBaseLabels,
            RehearsalSentences = parseResult.GetValue(fineTuning.RehearseSentences),
            UpdateSize = parseResult.GetValue(fineTuning.UpdateSize),
            MarginCost = parseResult.GetValue(training.Margin),
            Description = description,
        });
        var result = tuner.FineTune(baseModel, labels, train, development, rehearsal, new TrainingCommandOptions.LineProgress(output), cancellationToken);
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

        training.Save(parseResult, result.Model, output, stopwatch);
        return ExitCodes.Success;
    }
}
