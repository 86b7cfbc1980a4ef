using System.Runtime.InteropServices;
using EntityKit.Recognition;

namespace EntityKit.Training;

/// <summary>
/// The mutable weights of a structured perceptron under training: a dense row of label weights per feature that has
/// ever been updated, a transition matrix, and the running sums needed for weight averaging
/// (average = w − u / c, with u the sum of c × update). Not thread-safe.
/// </summary>
/// <remarks>
/// Training from scratch counts in weight units and moves a weight by 1 per update. Continuing a trained model
/// (<see cref="ContinueFrom"/>) keeps the model's quantised emission table frozen underneath and learns only the
/// difference to it, in the model's quantisation steps: scores are the frozen weights plus the learnt difference, and
/// the averaged model is the frozen weights plus the averaged difference, so the starting weights count as present
/// from the first update on (a few examples nudge the model instead of replacing it). The frozen table is only read.
/// </remarks>
internal sealed class PerceptronWeights
{
    private readonly int _labelCount;
    private readonly Dictionary<ulong, int> _rows;
    private readonly SparseEmissionTable? _frozen;
    private readonly double _unit;
    private readonly int _step;
    private int[] _weights;
    private long[] _sums;

    public PerceptronWeights(int labelCount)
        : this(labelCount, null, 1.0, 1)
    {
    }

    private PerceptronWeights(int labelCount, SparseEmissionTable? frozen, double unit, int step)
    {
        _labelCount = labelCount;
        _frozen = frozen;
        _unit = unit;
        _step = step;
        var initialRows = frozen is null ? 4096 : 256;
        _rows = new Dictionary<ulong, int>(frozen is null ? 1 << 20 : 1 << 12);
        _weights = new int[labelCount * initialRows];
        _sums = new long[labelCount * initialRows];
        Transitions = new int[labelCount * labelCount];
        TransitionSums = new long[labelCount * labelCount];
    }

    public int[] Transitions { get; }

    public long[] TransitionSums { get; }

    public int RowCount => _rows.Count;

    /// <summary>
    /// Weights that continue <paramref name="model"/> with <paramref name="labels"/>, whose first labels must be the
    /// model's own (extra types add labels at the end, starting at zero). Internal units are the model's quantisation
    /// steps; one update moves a weight by <paramref name="updateSize"/> weight units (at least one step).
    /// </summary>
    public static PerceptronWeights ContinueFrom(NerModel model, BilouLabelSet labels, float updateSize)
    {
        var baseCount = model.Labels.Count;
        if (labels.Count < baseCount || !labels.Types.Take(model.Types.Length).SequenceEqual(model.Types))
        {
            throw new ArgumentException("The label set must start with the model's own types, in the same order.", nameof(labels));
        }

        var step = (int)Math.Clamp(Math.Round(updateSize / model.Scale), 1, 1 << 20);
        var weights = new PerceptronWeights(labels.Count, model.Emissions, model.Scale, step);
        var l = labels.Count;
        for (var from = 0; from < baseCount; from++)
        {
            for (var to = 0; to < baseCount; to++)
            {
                weights.Transitions[from * l + to] = model.Transitions[from * baseCount + to];
            }
        }

        return weights;
    }

    /// <summary>Adds the current weights of a feature to a score row.</summary>
    public void AddTo(ulong key, Span<int> scores)
    {
        _frozen?.AddTo(key, scores);
        if (!_rows.TryGetValue(key, out var row))
        {
            return;
        }

        var weights = _weights.AsSpan(row * _labelCount, _labelCount);
        for (var l = 0; l < weights.Length; l++)
        {
            scores[l] += weights[l];
        }
    }

    /// <summary>Adds <paramref name="delta"/> updates to the weight of (feature, label) at time <paramref name="clock"/>.</summary>
    public void Update(ulong key, int label, int delta, long clock)
    {
        ref var row = ref CollectionsMarshal.GetValueRefOrAddDefault(_rows, key, out var exists);
        if (!exists)
        {
            row = _rows.Count - 1;
            var needed = (row + 1) * _labelCount;
            if (needed > _weights.Length)
            {
                Array.Resize(ref _weights, _weights.Length * 2);
                Array.Resize(ref _sums, _sums.Length * 2);
            }
        }

        var index = row * _labelCount + label;
        _weights[index] += delta * _step;
        _sums[index] += clock * delta * _step;
    }

    public void UpdateTransition(int from, int to, int delta, long clock)
    {
        var index = from * _labelCount + to;
        Transitions[index] += delta * _step;
        TransitionSums[index] += clock * delta * _step;
    }

    /// <summary>Builds an inference model from the averaged weights at time <paramref name="clock"/>.</summary>
    public NerModel ToModel(BilouLabelSet labels, FeatureExtractor extractor, long clock, float pruneThreshold, string description)
    {
        var l = _labelCount;
        var c = (double)Math.Max(1, clock);
        var ordered = _rows.OrderBy(pair => pair.Key).ToArray();
        var row = new float[l];
        var maxAbs = 1e-6;
        foreach (var (key, learnt) in MergedKeys(ordered))
        {
            Averaged(key, learnt, c, row);
            foreach (var value in row)
            {
                maxAbs = Math.Max(maxAbs, Math.Abs(value));
            }
        }

        var scale = (float)(maxAbs / short.MaxValue);
        var transitions = new int[l * l];
        for (var i = 0; i < transitions.Length; i++)
        {
            transitions[i] = (int)Math.Round((Transitions[i] - TransitionSums[i] / c) * _unit / scale);
        }

        var keys = new List<ulong>(ordered.Length + (_frozen?.FeatureCount ?? 0));
        var rowStarts = new List<int>(keys.Capacity + 1) { 0 };
        var entryLabels = new List<byte>();
        var entryWeights = new List<short>();
        foreach (var (key, learnt) in MergedKeys(ordered))
        {
            Averaged(key, learnt, c, row);
            var before = entryLabels.Count;
            for (var label = 0; label < l; label++)
            {
                var value = row[label];
                var quantised = (int)Math.Round(value / scale);
                if (Math.Abs(value) >= pruneThreshold && quantised != 0)
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

        var table = new SparseEmissionTable([.. keys], [.. rowStarts], [.. entryLabels], [.. entryWeights]);
        return new NerModel(labels, extractor, table, transitions, scale, ConfidenceModel.Unfitted, description);
    }

    /// <summary>The keys of the frozen table and of the learnt rows, ascending, each once, with the learnt row or -1.</summary>
    private IEnumerable<(ulong Key, int Row)> MergedKeys(KeyValuePair<ulong, int>[] ordered)
    {
        var frozen = _frozen?.Keys ?? [];
        int f = 0, o = 0;
        while (f < frozen.Length || o < ordered.Length)
        {
            if (o == ordered.Length || (f < frozen.Length && frozen[f] < ordered[o].Key))
            {
                yield return (frozen[f++], -1);
            }
            else if (f == frozen.Length || ordered[o].Key < frozen[f])
            {
                yield return (ordered[o].Key, ordered[o++].Value);
            }
            else
            {
                f++;
                yield return (ordered[o].Key, ordered[o++].Value);
            }
        }
    }

    /// <summary>The averaged weights of one feature in weight units: frozen weights plus the averaged learnt row.</summary>
    private void Averaged(ulong key, int learntRow, double clock, Span<float> row)
    {
        Span<int> frozen = stackalloc int[_labelCount];
        frozen.Clear();
        _frozen?.AddTo(key, frozen);
        for (var label = 0; label < _labelCount; label++)
        {
            var index = learntRow * _labelCount + label;
            var learnt = learntRow >= 0 ? _weights[index] - _sums[index] / clock : 0.0;
            row[label] = (float)((frozen[label] + learnt) * _unit);
        }
    }
}
