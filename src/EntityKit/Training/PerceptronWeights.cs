using System.Runtime.InteropServices;
using EntityKit.Recognition;

namespace EntityKit.Training;

/// <summary>
/// The mutable weights of a structured perceptron under training: a dense row of label weights per feature that has
/// ever been updated, a transition matrix, and the running sums needed for weight averaging
/// (average = w − u / c, with u the sum of c × update). Not thread-safe.
/// </summary>
internal sealed class PerceptronWeights
{
    private readonly int _labelCount;
    private readonly Dictionary<ulong, int> _rows = new(1 << 20);
    private int[] _weights;
    private long[] _sums;

    public PerceptronWeights(int labelCount)
    {
        _labelCount = labelCount;
        _weights = new int[labelCount * 4096];
        _sums = new long[labelCount * 4096];
        Transitions = new int[labelCount * labelCount];
        TransitionSums = new long[labelCount * labelCount];
    }

    public int[] Transitions { get; }

    public long[] TransitionSums { get; }

    public int RowCount => _rows.Count;

    /// <summary>Adds the current weights of a feature to a score row.</summary>
    public void AddTo(ulong key, Span<int> scores)
    {
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

    /// <summary>Adds <paramref name="delta"/> to the weight of (feature, label) at time <paramref name="clock"/>.</summary>
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
        _weights[index] += delta;
        _sums[index] += clock * delta;
    }

    public void UpdateTransition(int from, int to, int delta, long clock)
    {
        var index = from * _labelCount + to;
        Transitions[index] += delta;
        TransitionSums[index] += clock * delta;
    }

    /// <summary>Builds an inference model from the averaged weights at time <paramref name="clock"/>.</summary>
    public NerModel ToModel(BilouLabelSet labels, FeatureExtractor extractor, long clock, float pruneThreshold, float temperature, string description)
    {
        var l = _labelCount;
        var c = (double)Math.Max(1, clock);
        var maxAbs = 1e-6;
        var averaged = new float[_rows.Count * l];
        for (var i = 0; i < averaged.Length; i++)
        {
            var value = (float)(_weights[i] - _sums[i] / c);
            averaged[i] = value;
            maxAbs = Math.Max(maxAbs, Math.Abs(value));
        }

        var scale = (float)(maxAbs / short.MaxValue);
        var transitions = new int[l * l];
        for (var i = 0; i < transitions.Length; i++)
        {
            transitions[i] = (int)Math.Round((Transitions[i] - TransitionSums[i] / c) / scale);
        }

        var ordered = _rows.OrderBy(pair => pair.Key).ToArray();
        var keys = new List<ulong>(ordered.Length);
        var rowStarts = new List<int>(ordered.Length + 1) { 0 };
        var entryLabels = new List<byte>();
        var entryWeights = new List<short>();
        foreach (var (key, row) in ordered)
        {
            var before = entryLabels.Count;
            for (var label = 0; label < l; label++)
            {
                var value = averaged[row * l + label];
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
        return new NerModel(labels, extractor, table, transitions, scale, temperature, description);
    }
}
