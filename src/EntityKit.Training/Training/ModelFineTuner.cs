using System.Collections.Immutable;
using EntityKit.Recognition;

namespace EntityKit.Training;

/// <summary>
/// Continues training a <see cref="NerModel"/> on a user's annotated data, optionally with new entity types. Training
/// starts from the model's own weights and transitions (the model is only read, never changed) and keeps its feature
/// configuration and lexicon, so its features mean the same. New types get BILOU labels after the model's own, with
/// weights starting at zero; existing types keep their label indices.
/// </summary>
/// <remarks>
/// Usage: build the label set with <see cref="LabelsFor"/> from the types in the user's data, prepare the documents
/// with it (<see cref="RawTextDocuments"/> for BIO, <see cref="Corpora.AnnotatedText.ToTrainingDocument"/> for JSONL),
/// then call <see cref="FineTune"/>. By default the base model's predictions fill in the types the user's data does not
/// annotate (see <see cref="FineTuningOptions.UseBaseLabels"/>). Thread-safe: an instance holds only its options.
/// </remarks>
public sealed class ModelFineTuner
{
    private readonly FineTuningOptions _options;

    /// <summary>Creates a fine-tuner.</summary>
    /// <param name="options">The settings.</param>
    public ModelFineTuner(FineTuningOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Epochs, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(options.RehearsalSentences);
        ArgumentOutOfRangeException.ThrowIfNegative(options.MarginCost);
        if (!(options.UpdateSize > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.UpdateSize, "UpdateSize must be positive.");
        }

        _options = options;
    }

    /// <summary>
    /// The label set of a model fine-tuned from <paramref name="baseModel"/> on data with <paramref name="types"/>: the
    /// base model's types in their order, then every type it lacks in first-seen order.
    /// </summary>
    /// <param name="baseModel">The model to continue.</param>
    /// <param name="types">The types of the user's data.</param>
    /// <exception cref="ArgumentException">More than 63 types would result.</exception>
    public static BilouLabelSet LabelsFor(NerModel baseModel, IEnumerable<EntityType> types)
    {
        ArgumentNullException.ThrowIfNull(baseModel);
        ArgumentNullException.ThrowIfNull(types);
        var all = baseModel.Types.ToList();
        foreach (var type in types)
        {
            if (!all.Contains(type))
            {
                all.Add(type);
            }
        }

        if (all.Count > 63)
        {
            throw new ArgumentException($"A model supports at most 63 entity types; this one would have {all.Count}.", nameof(types));
        }

        return all.Count == baseModel.Types.Length ? baseModel.Labels : new BilouLabelSet(all);
    }

    /// <summary>Fine-tunes <paramref name="baseModel"/>.</summary>
    /// <param name="baseModel">The model to continue; not modified, and usable (by other threads too) meanwhile.</param>
    /// <param name="labels">The label set the documents are labelled with; from <see cref="LabelsFor"/>.</param>
    /// <param name="train">The user's training documents.</param>
    /// <param name="dev">The user's development documents: they choose the best epoch (scored on the annotated types)
    /// and refit the confidence calibration; or null to keep the last epoch and the base calibration.</param>
    /// <param name="rehearsal">Extra fully annotated documents of the base types (such as the base model's own
    /// training data), sampled up to <see cref="FineTuningOptions.RehearsalSentences"/>; or null.</param>
    /// <param name="progress">Receives a report after each epoch, or null.</param>
    /// <param name="cancellationToken">Cancels training.</param>
    /// <exception cref="ArgumentException"><paramref name="labels"/> does not start with the base model's types.</exception>
    public FineTuningResult FineTune(
        NerModel baseModel,
        BilouLabelSet labels,
        IReadOnlyList<TrainingDocument> train,
        IReadOnlyList<TrainingDocument>? dev = null,
        IReadOnlyList<TrainingDocument>? rehearsal = null,
        IProgress<EpochReport>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(baseModel);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(train);
        var weights = PerceptronWeights.ContinueFrom(baseModel, labels, _options.UpdateSize);
        dev = dev is { Count: > 0 } ? dev : null;
        var annotated = AnnotatedTypeIndices(train.Concat(dev ?? []));
        var merged = train;
        var baseMentions = 0;
        if (_options.UseBaseLabels)
        {
            merged = train.Select(document => BaseLabelMerge.Merge(baseModel, document, annotated, ref baseMentions)).ToList();
        }

        var sample = SampleRehearsal(rehearsal);
        var extractor = new FeatureExtractor(baseModel.Extractor.Seed, baseModel.Extractor.Options, labels.Types.Length, baseModel.Extractor.Lexicon);
        var run = new PerceptronRun(
            labels, extractor, weights, _options.PruneThreshold, _options.Description, _options.UseBaseLabels ? annotated : null,
            MarginCost: (int)Math.Round(_options.MarginCost / baseModel.Scale));
        var chosen = PerceptronTrainer.Run(
            run, _options.Epochs, _options.Seed, [.. merged, .. sample], dev, progress, cancellationToken);

        var recalibrated = false;
        var confidence = baseModel.Confidence;
        if (dev is not null)
        {
            var scored = _options.UseBaseLabels ? annotated : null;
            var (margins, correct) = ConfidenceCalibration.CollectMargins(chosen, dev, scored);
            if (margins.Count >= _options.MinCalibrationMentions)
            {
                confidence = ConfidenceCalibration.FitLogistic(margins, correct);
                recalibrated = true;
            }
        }

        return new FineTuningResult(
            chosen.WithConfidence(confidence),
            [.. annotated.Order().Select(i => labels.Types[i])],
            [.. labels.Types.Skip(baseModel.Types.Length)],
            baseMentions,
            sample.Sum(d => d.Sentences.Length),
            recalibrated);
    }

    /// <summary>The type indices that occur in the documents' gold labels.</summary>
    internal static HashSet<int> AnnotatedTypeIndices(IEnumerable<TrainingDocument> documents)
    {
        var types = new HashSet<int>();
        foreach (var document in documents)
        {
            foreach (var label in document.GoldLabels)
            {
                if (label != BilouLabelSet.Outside)
                {
                    types.Add(BilouLabelSet.TypeIndexOf(label));
                }
            }
        }

        return types;
    }

    private List<TrainingDocument> SampleRehearsal(IReadOnlyList<TrainingDocument>? rehearsal)
    {
        var sample = new List<TrainingDocument>();
        if (rehearsal is null || rehearsal.Count == 0 || _options.RehearsalSentences == 0)
        {
            return sample;
        }

        var order = Enumerable.Range(0, rehearsal.Count).ToArray();
        new Random(_options.Seed).Shuffle(order);
        var sentences = 0;
        foreach (var index in order)
        {
            if (sentences >= _options.RehearsalSentences)
            {
                break;
            }

            var document = rehearsal[index];
            if (sentences + document.Sentences.Length > _options.RehearsalSentences && sample.Count > 0)
            {
                continue;
            }

            sample.Add(document);
            sentences += document.Sentences.Length;
        }

        return sample;
    }
}
