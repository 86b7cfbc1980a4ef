using EntityKit.Recognition;

namespace EntityKit.Training;

/// <summary>
/// Averages the weights of several models that share one feature configuration — typically the same training run
/// with different shuffle seeds — into one model of the same speed class: weights the runs agree on stay, weights
/// that depend on the order of the data shrink, and pruning then drops them. (Parameter mixing, in the spirit of
/// the averaged perceptron itself.)
/// </summary>
public static class ModelAveraging
{
    /// <summary>Averages <paramref name="models"/> and prunes the result at <paramref name="pruneThreshold"/>.</summary>
    /// <param name="models">Two or more models with equal label sets and feature extractors (same hash seed, feature
    /// options and lexicon).</param>
    /// <param name="pruneThreshold">Averaged emission weights smaller than this in magnitude are dropped.</param>
    /// <param name="description">The description stored in the result.</param>
    /// <returns>The averaged model, with the confidence calibration of the first model (recalibrate it on dev data).</returns>
    /// <exception cref="ArgumentException">Fewer than two models, or models that do not share a configuration.</exception>
    public static NerModel Average(IReadOnlyList<NerModel> models, float pruneThreshold, string description)
    {
        ArgumentNullException.ThrowIfNull(models);
        if (models.Count < 2)
        {
            throw new ArgumentException("Averaging needs at least two models.", nameof(models));
        }

        var first = models[0];
        for (var m = 1; m < models.Count; m++)
        {
            var other = models[m];
            if (!other.Labels.Types.SequenceEqual(first.Labels.Types)
                || other.Extractor.Seed != first.Extractor.Seed
                || other.Extractor.Options != first.Extractor.Options
                || (other.Extractor.Lexicon is null) != (first.Extractor.Lexicon is null))
            {
                throw new ArgumentException(
                    $"Model {m + 1} does not share the first model's labels, feature hash seed, feature options and lexicon; only runs of one configuration can be averaged.",
                    nameof(models));
            }
        }

        var labelCount = first.Labels.Count;
        var sums = new Dictionary<ulong, double[]>();
        var transitions = new double[labelCount * labelCount];
        foreach (var model in models)
        {
            var table = model.Emissions;
            for (var r = 0; r < table.Keys.Length; r++)
            {
                if (!sums.TryGetValue(table.Keys[r], out var row))
                {
                    row = new double[labelCount];
                    sums.Add(table.Keys[r], row);
                }

                for (var e = table.RowStarts[r]; e < table.RowStarts[r + 1]; e++)
                {
                    row[table.EntryLabels[e]] += table.EntryWeights[e] * (double)model.Scale;
                }
            }

            for (var i = 0; i < transitions.Length; i++)
            {
                transitions[i] += model.Transitions[i] * (double)model.Scale;
            }
        }

        var n = (double)models.Count;
        var maxAbs = 1e-6;
        foreach (var row in sums.Values)
        {
            for (var k = 0; k < row.Length; k++)
            {
                row[k] /= n;
                maxAbs = Math.Max(maxAbs, Math.Abs(row[k]));
            }
        }

        var scale = maxAbs / short.MaxValue;
        var keys = new List<ulong>(sums.Count);
        var rowStarts = new List<int>(sums.Count + 1) { 0 };
        var entryLabels = new List<byte>();
        var entryWeights = new List<short>();
        foreach (var (key, row) in sums.OrderBy(pair => pair.Key))
        {
            var before = entryLabels.Count;
            for (var label = 0; label < labelCount; label++)
            {
                var quantised = (int)Math.Round(row[label] / scale);
                if (Math.Abs(row[label]) >= pruneThreshold && quantised != 0)
                {
                    entryLabels.Add((byte)label);
                    entryWeights.Add((short)Math.Clamp(quantised, short.MinValue, short.MaxValue));
                }
            }

            if (entryLabels.Count > before)
            {
                keys.Add(key);
                rowStarts.Add(entryLabels.Count);
            }
        }

        var averagedTransitions = transitions.Select(t => (int)Math.Round(t / n / scale)).ToArray();
        var emissions = new SparseEmissionTable([.. keys], [.. rowStarts], [.. entryLabels], [.. entryWeights]);
        return new NerModel(first.Labels, first.Extractor, emissions, averagedTransitions, (float)scale, first.Confidence, description);
    }
}
