using System.Numerics;

namespace EntityKit.Training.Lexicon;

/// <summary>
/// Builds distributional word vectors: counts, for every frequent word, the frequent words at offsets −2, −1, +1
/// and +2 (sentence boundaries count as words), weights the counts by positive pointwise mutual information with
/// context distribution smoothing, and reduces each sparse PPMI row to <see cref="ContextVectorOptions.Dimensions"/>
/// dimensions with a seeded sign random projection, normalised to unit length.
/// </summary>
public static class ContextVectorBuilder
{
    private const int FeatureBits = 14;
    private static readonly int[] Offsets = [-2, -1, 1, 2];

    /// <summary>Builds the vectors.</summary>
    /// <param name="corpus">The indexed corpus.</param>
    /// <param name="options">Vocabulary, context and projection settings.</param>
    /// <param name="progress">Receives progress lines; may be null.</param>
    public static WordVectors Build(IndexedCorpus corpus, ContextVectorOptions options, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(options);
        var featuresPerSlot = options.ContextWords + 2;
        if (options.MaxWords >= 1 << (32 - FeatureBits) || featuresPerSlot * Offsets.Length >= 1 << FeatureBits)
        {
            throw new ArgumentException("MaxWords or ContextWords is too large for the packed pair format.", nameof(options));
        }

        var byFrequency = Enumerable.Range(0, corpus.Words.Count)
            .OrderByDescending(id => corpus.Counts[id])
            .ThenBy(id => corpus.Words[id], StringComparer.Ordinal)
            .ToArray();

        var rowOf = new int[corpus.Words.Count];
        Array.Fill(rowOf, -1);
        var rows = byFrequency.TakeWhile(id => corpus.Counts[id] >= options.MinCount).Take(options.MaxWords).ToArray();
        for (var r = 0; r < rows.Length; r++)
        {
            rowOf[rows[r]] = r;
        }

        var contextOf = new int[corpus.Words.Count];
        Array.Fill(contextOf, -1);
        for (var c = 0; c < Math.Min(options.ContextWords, byFrequency.Length); c++)
        {
            contextOf[byFrequency[c]] = c;
        }

        var bos = options.ContextWords;
        var eos = options.ContextWords + 1;
        progress?.Invoke($"vocabulary: {rows.Length:N0} words with count ≥ {options.MinCount}; context features: {featuresPerSlot * Offsets.Length:N0}");

        // Pass 1: pairs per row. Pass 2: scatter the context features of each row into its own slice.
        var rowPairs = new long[rows.Length + 1];
        ForEachPair(corpus, rowOf, contextOf, bos, eos, featuresPerSlot, (row, _) => rowPairs[row + 1]++);
        for (var r = 0; r < rows.Length; r++)
        {
            rowPairs[r + 1] += rowPairs[r];
        }

        var features = new ushort[rowPairs[rows.Length]];
        var cursor = rowPairs[..^1].ToArray();
        ForEachPair(corpus, rowOf, contextOf, bos, eos, featuresPerSlot, (row, feature) => features[cursor[row]++] = (ushort)feature);
        progress?.Invoke($"pairs: {features.Length:N0}");

        // Sort each row's features and run-length encode into sparse counts.
        var rowStart = new long[rows.Length + 1];
        var columns = new ushort[features.Length];
        var values = new float[features.Length];
        long nnz = 0;
        var featureTotals = new double[featuresPerSlot * Offsets.Length];
        for (var r = 0; r < rows.Length; r++)
        {
            var slice = features.AsSpan((int)rowPairs[r], (int)(rowPairs[r + 1] - rowPairs[r]));
            slice.Sort();
            rowStart[r] = nnz;
            for (var i = 0; i < slice.Length;)
            {
                var j = i + 1;
                while (j < slice.Length && slice[j] == slice[i])
                {
                    j++;
                }

                columns[nnz] = slice[i];
                values[nnz] = j - i;
                featureTotals[slice[i]] += j - i;
                nnz++;
                i = j;
            }
        }

        rowStart[rows.Length] = nnz;
        progress?.Invoke($"distinct (word, context) pairs: {nnz:N0}");

        // PPMI with smoothed context distribution.
        double total = features.Length;
        var smoothed = featureTotals.Select(c => Math.Pow(c, options.ContextSmoothing)).ToArray();
        var smoothedTotal = smoothed.Sum();
        var logContext = smoothed.Select(s => s > 0 ? Math.Log(s / smoothedTotal) : 0).ToArray();
        var ppmiStart = new long[rows.Length + 1];
        var ppmiColumns = new int[nnz];
        var ppmiValues = new float[nnz];
        long kept = 0;
        for (var r = 0; r < rows.Length; r++)
        {
            ppmiStart[r] = kept;
            var logWord = Math.Log((rowPairs[r + 1] - rowPairs[r]) / total);
            for (var i = rowStart[r]; i < rowStart[r + 1]; i++)
            {
                var pmi = Math.Log(values[i] / total) - logWord - logContext[columns[i]];
                if (pmi > 0)
                {
                    ppmiColumns[kept] = columns[i];
                    ppmiValues[kept] = (float)pmi;
                    kept++;
                }
            }
        }

        ppmiStart[rows.Length] = kept;
        var ppmi = new SparseRows(rows.Length, featureTotals.Length, ppmiStart, ppmiColumns[..(int)kept], ppmiValues[..(int)kept]);
        progress?.Invoke($"positive PMI entries: {kept:N0}");

        var dims = options.Dimensions;
        float[] vectors;
        if (options.Reduction == VectorReduction.Svd)
        {
            vectors = RandomizedSvd.Compute(ppmi, dims, 16, options.PowerIterations, options.SingularValueExponent, options.Seed, options.Threads, progress).Embedding;
        }
        else
        {
            vectors = ppmi.Multiply(BuildProjection(ppmi.ColumnCount, dims, options.Seed), dims, options.Threads);
        }

        for (var r = 0; r < rows.Length; r++)
        {
            Normalize(vectors.AsSpan(r * dims, dims));
        }

        progress?.Invoke($"reduced to {dims} dimensions ({options.Reduction}) and normalised");

        return new WordVectors(rows.Select(id => corpus.Words[id]).ToArray(), rows.Select(id => corpus.Counts[id]).ToArray(), dims, vectors);
    }

    private static void ForEachPair(IndexedCorpus corpus, int[] rowOf, int[] contextOf, int bos, int eos, int featuresPerSlot, Action<int, int> add)
    {
        var stream = corpus.Tokens.AsSpan(0, corpus.TokenCount);
        var segmentStart = 0;
        while (segmentStart < stream.Length)
        {
            var segmentEnd = stream[segmentStart..].IndexOf(IndexedCorpus.SegmentBreak);
            segmentEnd = segmentEnd < 0 ? stream.Length : segmentStart + segmentEnd;
            for (var t = segmentStart; t < segmentEnd; t++)
            {
                var row = rowOf[stream[t]];
                if (row < 0)
                {
                    continue;
                }

                for (var slot = 0; slot < Offsets.Length; slot++)
                {
                    var at = t + Offsets[slot];
                    var context = at < segmentStart ? bos : at >= segmentEnd ? eos : contextOf[stream[at]];
                    if (context >= 0)
                    {
                        add(row, (slot * featuresPerSlot) + context);
                    }
                }
            }

            segmentStart = segmentEnd + 1;
        }
    }

    private static float[] BuildProjection(int features, int dims, ulong seed)
    {
        var projection = new float[features * dims];
        var scale = 1f / MathF.Sqrt(dims);
        var state = seed;
        for (var i = 0; i < projection.Length; i++)
        {
            projection[i] = (SplitMix64(ref state) & 1) == 0 ? scale : -scale;
        }

        return projection;
    }

    internal static ulong SplitMix64(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    internal static void AddScaled(Span<float> target, ReadOnlySpan<float> source, float scale)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var factor = new Vector<float>(scale);
            for (; i <= target.Length - Vector<float>.Count; i += Vector<float>.Count)
            {
                var sum = new Vector<float>(target[i..]) + (new Vector<float>(source[i..]) * factor);
                sum.CopyTo(target[i..]);
            }
        }

        for (; i < target.Length; i++)
        {
            target[i] += source[i] * scale;
        }
    }

    internal static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var i = 0;
        var acc = Vector<float>.Zero;
        if (Vector.IsHardwareAccelerated)
        {
            for (; i <= a.Length - Vector<float>.Count; i += Vector<float>.Count)
            {
                acc += new Vector<float>(a[i..]) * new Vector<float>(b[i..]);
            }
        }

        var sum = Vector.Sum(acc);
        for (; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    internal static void Normalize(Span<float> vector)
    {
        var norm = MathF.Sqrt(Dot(vector, vector));
        if (norm > 0)
        {
            var inverse = 1f / norm;
            for (var i = 0; i < vector.Length; i++)
            {
                vector[i] *= inverse;
            }
        }
    }
}
