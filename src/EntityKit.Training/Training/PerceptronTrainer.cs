using System.Diagnostics;
using EntityKit.Recognition;

namespace EntityKit.Training;

/// <summary>
/// Trains a <see cref="NerModel"/> as an averaged structured perceptron: each sentence is decoded with constrained
/// Viterbi under the current weights and, when the best path differs from gold, emission and transition weights move
/// towards gold. For a partially labelled document (<see cref="TrainingDocument.Allowed"/>) gold is the best-scoring
/// allowed labelling under the current weights (a latent target). Documents are shuffled with a seeded generator, so a
/// seed and data give the same model. After every epoch the averaged model is scored on the development set and the
/// best one is kept.
/// </summary>
public sealed class PerceptronTrainer
{
    private readonly TrainingOptions _options;

    /// <summary>Creates a trainer.</summary>
    /// <param name="options">The settings.</param>
    public PerceptronTrainer(TrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Epochs, 1);
        if (!(options.FeatureDropout is >= 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.FeatureDropout, "FeatureDropout must be at least 0 and below 1.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(options.MinFeatureCount, 1);
        if (options.MarginCost < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MarginCost, "MarginCost must be 0 or more.");
        }

        _options = options;
    }

    /// <summary>Trains a model.</summary>
    /// <param name="train">Training documents.</param>
    /// <param name="dev">Development documents for model selection, or null to keep the last epoch.</param>
    /// <param name="progress">Receives a report after each epoch, or null.</param>
    /// <param name="cancellationToken">Cancels training.</param>
    /// <returns>The best model on the development set (the last one without a development set).</returns>
    public NerModel Train(
        IReadOnlyList<TrainingDocument> train,
        IReadOnlyList<TrainingDocument>? dev = null,
        IProgress<EpochReport>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(train);
        var labels = _options.Labels;
        var extractor = new FeatureExtractor(_options.HashSeed, _options.Features, labels.Types.Length, _options.CreateLexicon());
        var run = new PerceptronRun(
            labels, extractor, new PerceptronWeights(labels.Count), _options.PruneThreshold, _options.Description, null, _options.MarginCost,
            _options.FeatureDropout, _options.MinFeatureCount);
        var chosen = Run(run, _options.Epochs, _options.Seed, train, dev, progress, cancellationToken);
        var confidence = dev is not null && dev.Count > 0 ? ConfidenceCalibration.Fit(chosen, dev) : ConfidenceModel.Unfitted;
        return chosen.WithConfidence(confidence);
    }

    /// <summary>
    /// Runs the epochs of a training run from its current weights and returns the best averaged model on
    /// <paramref name="dev"/> (scored on <see cref="PerceptronRun.ScoredTypes"/> only, when set), uncalibrated.
    /// </summary>
    internal static NerModel Run(
        PerceptronRun run,
        int epochs,
        int seed,
        IReadOnlyList<TrainingDocument> train,
        IReadOnlyList<TrainingDocument>? dev,
        IProgress<EpochReport>? progress,
        CancellationToken cancellationToken)
    {
        var (labels, extractor, weights, pruneThreshold, description, scoredTypes, marginCost, featureDropout, minFeatureCount) = run;
        var l = labels.Count;
        var viterbi = new ConstrainedViterbi(labels);
        var features = new FeatureWorkspace();
        var maxSentence = train.SelectMany(d => d.Sentences).Select(s => s.TokenCount).DefaultIfEmpty(1).Max();
        var keys = new ulong[maxSentence * FeatureExtractor.MaxFeatures];
        var counts = new int[maxSentence];
        var emissions = new int[maxSentence * l];
        var back = new byte[maxSentence * l];
        var delta = new int[2 * viterbi.Stride];
        var prepared = new int[viterbi.PreparedSize];
        var transitionsChanged = true;
        var predicted = new int[maxSentence];
        var latent = new int[maxSentence];
        var constrained = new int[maxSentence * l];
        if (dev is not null && dev.Any(d => d.IsPartial))
        {
            throw new ArgumentException("Development documents must be fully labelled.", nameof(dev));
        }

        if (train.FirstOrDefault(d => d.Allowed is { } a && (a.LabelCount != l || a.TokenCount != d.TokenCount)) is { } mismatched)
        {
            throw new ArgumentException(
                $"A partially labelled training document's allowed labels ({mismatched.Allowed!.LabelCount} labels, {mismatched.Allowed.TokenCount} tokens) do not match the label set ({l} labels) or its tokens ({mismatched.TokenCount}).",
                nameof(train));
        }

        var order = Enumerable.Range(0, train.Count).ToArray();
        var random = new Random(seed);
        var dropoutRandom = new Random(seed ^ 0xD409);
        var rareFeatures = minFeatureCount > 1
            ? RareFeatureFilter.Count(train, extractor, features, keys.AsSpan(0, FeatureExtractor.MaxFeatures), minFeatureCount)
            : null;
        var clock = 1L;
        var stopwatch = Stopwatch.StartNew();
        NerModel? best = null;
        var bestF1 = double.NegativeInfinity;
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            var epochStart = stopwatch.Elapsed;
            random.Shuffle(order);
            var sentenceErrors = 0;
            var tokenErrors = 0L;
            var tokenTotal = 0L;
            foreach (var d in order)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var document = train[d];
                extractor.PrepareDocument(document.Text, document.Tokens, document.Sentences, features);
                foreach (var sentence in document.Sentences)
                {
                    var n = sentence.TokenCount;
                    if (n == 0)
                    {
                        continue;
                    }

                    var sentenceTokens = extractor.PrepareSentence(document.Text, document.Tokens, sentence, features);
                    var scores = emissions.AsSpan(0, n * l);
                    scores.Clear();
                    for (var t = 0; t < n; t++)
                    {
                        var tokenKeys = keys.AsSpan(t * FeatureExtractor.MaxFeatures, FeatureExtractor.MaxFeatures);
                        counts[t] = extractor.Extract(document.Text, sentenceTokens, t, features, tokenKeys);
                        if (rareFeatures is not null)
                        {
                            counts[t] = rareFeatures.Filter(tokenKeys[..counts[t]]);
                        }

                        if (featureDropout > 0)
                        {
                            counts[t] = DropFeatures(tokenKeys[..counts[t]], featureDropout, dropoutRandom);
                        }

                        var row = scores.Slice(t * l, l);
                        for (var k = 0; k < counts[t]; k++)
                        {
                            weights.AddTo(tokenKeys[k], row);
                        }
                    }

                    ReadOnlySpan<int> gold = document.GoldLabels.AsSpan(sentence.FirstToken, n);
                    if (document.Allowed is { } allowed)
                    {
                        if (transitionsChanged)
                        {
                            viterbi.PrepareTransitions(weights.Transitions, prepared);
                            transitionsChanged = false;
                        }

                        var target = latent.AsSpan(0, n);
                        LatentTarget(viterbi, scores, allowed, sentence.FirstToken, n, prepared, constrained, back, delta, target);
                        gold = target;
                    }

                    if (marginCost > 0)
                    {
                        AddMarginCost(scores, gold, l, marginCost);
                    }

                    var guess = predicted.AsSpan(0, n);
                    if (transitionsChanged)
                    {
                        viterbi.PrepareTransitions(weights.Transitions, prepared);
                        transitionsChanged = false;
                    }

                    viterbi.Decode(scores, prepared, n, back, delta, guess);
                    extractor.RecordHistory(guess, features);

                    tokenTotal += n;
                    if (!guess.SequenceEqual(gold))
                    {
                        sentenceErrors++;
                        Update(weights, keys, counts, gold, guess, clock, ref tokenErrors);
                        transitionsChanged = true;
                    }

                    clock++;
                }
            }

            var epochSeconds = (stopwatch.Elapsed - epochStart).TotalSeconds;
            var model = weights.ToModel(labels, extractor, clock, pruneThreshold, description);
            var devF1 = double.NaN;
            var isBest = true;
            if (dev is not null && dev.Count > 0)
            {
                devF1 = LabelSpanScorer.MicroF1(model, dev, scoredTypes);
                isBest = devF1 > bestF1;
            }

            if (isBest)
            {
                best = model;
                bestF1 = double.IsNaN(devF1) ? bestF1 : devF1;
            }

            progress?.Report(new EpochReport(
                epoch, sentenceErrors, tokenErrors, tokenTotal, tokenTotal / Math.Max(1e-9, epochSeconds), devF1, stopwatch.Elapsed, isBest));
        }

        return best!;
    }

    /// <summary>
    /// The target of a partially labelled sentence: the best-scoring labelling under the current weights among those its
    /// <paramref name="allowed"/> labels permit (constrained Viterbi with every disallowed label scored
    /// <see cref="ConstrainedViterbi.Forbidden"/>). The sets <see cref="PartiallyLabelledDocuments"/> builds always
    /// admit a valid BILOU sequence; for sets that admit none the result is a valid sequence that breaks them.
    /// </summary>
    internal static void LatentTarget(
        ConstrainedViterbi viterbi, ReadOnlySpan<int> scores, AllowedLabels allowed, int firstToken, int n, ReadOnlySpan<int> prepared,
        int[] constrained, Span<byte> back, Span<int> delta, Span<int> target)
    {
        var l = allowed.LabelCount;
        var masked = constrained.AsSpan(0, n * l);
        scores.CopyTo(masked);
        for (var t = 0; t < n; t++)
        {
            var row = masked.Slice(t * l, l);
            var ok = allowed.Of(firstToken + t);
            for (var j = 0; j < l; j++)
            {
                if (!ok[j])
                {
                    row[j] = ConstrainedViterbi.Forbidden;
                }
            }
        }

        viterbi.Decode(masked, prepared, n, back, delta, target);
    }

    /// <summary>Keeps the first key (the bias) and each other key with probability 1 − <paramref name="dropout"/>,
    /// moving the kept ones to the front; returns how many were kept.</summary>
    private static int DropFeatures(Span<ulong> keys, double dropout, Random random)
    {
        var kept = Math.Min(1, keys.Length);
        for (var k = 1; k < keys.Length; k++)
        {
            if (random.NextDouble() >= dropout)
            {
                keys[kept++] = keys[k];
            }
        }

        return kept;
    }

    /// <summary>Adds <paramref name="cost"/> to the score of every label but the gold one, token by token.</summary>
    private static void AddMarginCost(Span<int> scores, ReadOnlySpan<int> gold, int labelCount, int cost)
    {
        for (var t = 0; t < gold.Length; t++)
        {
            var row = scores.Slice(t * labelCount, labelCount);
            for (var j = 0; j < row.Length; j++)
            {
                row[j] += cost;
            }

            row[gold[t]] -= cost;
        }
    }

    private static void Update(
        PerceptronWeights weights, ulong[] keys, int[] counts, ReadOnlySpan<int> gold, ReadOnlySpan<int> guess, long clock, ref long tokenErrors)
    {
        var previousGold = BilouLabelSet.Outside;
        var previousGuess = BilouLabelSet.Outside;
        for (var t = 0; t <= gold.Length; t++)
        {
            var g = t < gold.Length ? gold[t] : BilouLabelSet.Outside;
            var p = t < guess.Length ? guess[t] : BilouLabelSet.Outside;
            if (g != p || previousGold != previousGuess)
            {
                weights.UpdateTransition(previousGold, g, 1, clock);
                weights.UpdateTransition(previousGuess, p, -1, clock);
            }

            if (t < gold.Length && g != p)
            {
                tokenErrors++;
                var tokenKeys = keys.AsSpan(t * FeatureExtractor.MaxFeatures, counts[t]);
                foreach (var key in tokenKeys)
                {
                    weights.Update(key, g, 1, clock);
                    weights.Update(key, p, -1, clock);
                }
            }

            previousGold = g;
            previousGuess = p;
        }
    }
}
