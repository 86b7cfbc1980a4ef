using EntityKit.Lexicon;

namespace EntityKit.Training.Lexicon;

/// <summary>
/// Gives words that cluster tables lack the clusters of their nearest table word in a vector space that covers both,
/// such as fastText vectors, which are built from character n-grams and so exist for rare and unseen words. Table words
/// keep their clusters; every table is extended with the same neighbour, so tables over the same words stay aligned.
/// A case variant of a table word (<c>LONDON</c>) is a new word too: its own neighbour replaces the table's case
/// fallback, which scored better on OntoNotes dev than keeping the fallback (docs/MODEL.md).
/// </summary>
public static class ClusterTableExtender
{
    /// <summary>Extends <paramref name="tables"/> with the words of <paramref name="vectors"/> they lack.</summary>
    /// <param name="tables">Tables over the same words (the first decides which words are present).</param>
    /// <param name="vectors">Unit-length vectors of table words and new words (<see cref="WordVectorsTextReader"/>).</param>
    /// <param name="options">Bucketing and similarity settings.</param>
    /// <param name="progress">Receives progress lines; may be null.</param>
    /// <returns>One extended table per input table, in order.</returns>
    public static IReadOnlyList<WordClusters> Extend(IReadOnlyList<WordClusters> tables, WordVectors vectors, ClusterExtensionOptions options, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(vectors);
        ArgumentNullException.ThrowIfNull(options);
        if (tables.Count == 0)
        {
            throw new ArgumentException("At least one table is needed.", nameof(tables));
        }

        var tableRows = new List<int>();
        var newRows = new List<int>();
        for (var row = 0; row < vectors.Words.Count; row++)
        {
            (tables[0].TryGetExact(vectors.Words[row], out _) ? tableRows : newRows).Add(row);
        }

        var neighbours = FindNeighbours(vectors, tableRows, newRows, options);
        var inherited = neighbours.Count(n => n >= 0);
        progress?.Invoke($"{tableRows.Count:N0} table words have vectors; {inherited:N0} of {newRows.Count:N0} new words have a table word at similarity > {options.MinSimilarity}");
        var extended = new WordClusters[tables.Count];
        for (var t = 0; t < tables.Count; t++)
        {
            var table = tables[t];
            var entries = new List<KeyValuePair<string, ClusterIds>>(table.WordCount + inherited);
            foreach (var word in table.Words)
            {
                table.TryGetExact(word, out var ids);
                entries.Add(new(word, ids));
            }

            for (var i = 0; i < newRows.Count; i++)
            {
                if (neighbours[i] >= 0 && table.TryGetExact(vectors.Words[neighbours[i]], out var ids))
                {
                    entries.Add(new(vectors.Words[newRows[i]], ids));
                }
            }

            extended[t] = WordClusters.Create(table.LevelSizes.ToArray(), entries);
        }

        return extended;
    }

    /// <summary>
    /// For each new row, the nearest table row above the similarity floor, or −1. The table rows are bucketed by
    /// spherical k-means; a new word searches the bucket with the largest summed similarity to it (the dot product
    /// with the sum of the bucket's unit vectors), which leans to large buckets, where most rare words belong.
    /// </summary>
    private static int[] FindNeighbours(WordVectors vectors, List<int> tableRows, List<int> newRows, ClusterExtensionOptions options)
    {
        var neighbours = new int[newRows.Count];
        if (tableRows.Count == 0)
        {
            Array.Fill(neighbours, -1);
            return neighbours;
        }

        var buckets = Math.Min(options.Buckets, tableRows.Count);
        var bucketOf = SphericalKMeans.Cluster(vectors, tableRows, buckets, options.Iterations, options.Seed, options.Threads);
        var dims = vectors.Dimensions;
        var sums = new float[buckets * dims];
        var members = new List<int>[buckets];
        for (var b = 0; b < buckets; b++)
        {
            members[b] = [];
        }

        for (var i = 0; i < tableRows.Count; i++)
        {
            members[bucketOf[i]].Add(tableRows[i]);
            var row = vectors.Row(tableRows[i]);
            var sum = sums.AsSpan(bucketOf[i] * dims, dims);
            for (var d = 0; d < dims; d++)
            {
                sum[d] += row[d];
            }
        }

        Parallel.For(0, newRows.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Threads) }, i =>
        {
            var row = vectors.Row(newRows[i]);
            var bucket = 0;
            var bucketScore = float.NegativeInfinity;
            for (var b = 0; b < buckets; b++)
            {
                var score = SequentialDot(row, sums.AsSpan(b * dims, dims));
                if (score > bucketScore)
                {
                    bucketScore = score;
                    bucket = b;
                }
            }

            var best = -1;
            var bestScore = options.MinSimilarity;
            foreach (var candidate in members[bucket])
            {
                var score = SequentialDot(row, vectors.Row(candidate));
                if (score > bestScore)
                {
                    bestScore = score;
                    best = candidate;
                }
            }

            neighbours[i] = best;
        });
        return neighbours;
    }

    /// <summary>A dot product summed in index order, so that neighbours do not depend on the machine's vector width.</summary>
    private static float SequentialDot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = 0f;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }
}
