using EntityKit.Lexicon;

namespace EntityKit.Training.Lexicon;

/// <summary>Settings of <see cref="ClusterTableExtender"/>.</summary>
public sealed record ClusterExtensionOptions
{
    /// <summary>k-means buckets of the table words; a new word is compared only with the words of its nearest bucket.</summary>
    public int Buckets { get; init; } = 256;

    /// <summary>The least cosine similarity to the nearest table word for a new word to inherit its clusters.</summary>
    public float MinSimilarity { get; init; } = 0.5f;

    /// <summary>Most k-means rounds when bucketing.</summary>
    public int Iterations { get; init; } = 15;

    /// <summary>Seed of the k-means initialisation.</summary>
    public ulong Seed { get; init; } = 7;

    /// <summary>Worker threads.</summary>
    public int Threads { get; init; } = 2;
}

/// <summary>
/// Gives words that cluster tables lack the clusters of their nearest table word in a vector space that covers both,
/// such as fastText vectors, which are built from character n-grams and so exist for rare and unseen words. Table words
/// keep their clusters; every table is extended with the same neighbour, so tables over the same words stay aligned.
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

        var neighbours = tableRows.Count == 0 ? [] : FindNeighbours(vectors, tableRows, newRows, options);
        var inherited = neighbours.Count(n => n >= 0);
        progress?.Invoke($"{tableRows.Count:N0} table words have vectors; {inherited:N0} of {newRows.Count:N0} new words have a table word at similarity >= {options.MinSimilarity}");
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

    /// <summary>For each new row, the nearest table row at or above the similarity floor, or −1.</summary>
    private static int[] FindNeighbours(WordVectors vectors, List<int> tableRows, List<int> newRows, ClusterExtensionOptions options)
    {
        var buckets = Math.Min(options.Buckets, tableRows.Count);
        var bucketOf = SphericalKMeans.Cluster(vectors, tableRows, buckets, options.Iterations, options.Seed, options.Threads);
        var dims = vectors.Dimensions;
        var centroids = new float[buckets * dims];
        var members = new List<int>[buckets];
        for (var b = 0; b < buckets; b++)
        {
            members[b] = [];
        }

        for (var i = 0; i < tableRows.Count; i++)
        {
            members[bucketOf[i]].Add(tableRows[i]);
            var row = vectors.Row(tableRows[i]);
            var centroid = centroids.AsSpan(bucketOf[i] * dims, dims);
            for (var d = 0; d < dims; d++)
            {
                centroid[d] += row[d];
            }
        }

        for (var b = 0; b < buckets; b++)
        {
            var centroid = centroids.AsSpan(b * dims, dims);
            var norm = MathF.Sqrt(ContextVectorBuilder.Dot(centroid, centroid));
            for (var d = 0; d < dims && norm > 0; d++)
            {
                centroid[d] /= norm;
            }
        }

        var neighbours = new int[newRows.Count];
        Parallel.For(0, newRows.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Threads) }, i =>
        {
            var row = vectors.Row(newRows[i]);
            var bucket = 0;
            var bucketScore = float.NegativeInfinity;
            for (var b = 0; b < buckets; b++)
            {
                var score = ContextVectorBuilder.Dot(row, centroids.AsSpan(b * dims, dims));
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
                var score = ContextVectorBuilder.Dot(row, vectors.Row(candidate));
                if (score >= bestScore && (best < 0 || score > bestScore))
                {
                    bestScore = score;
                    best = candidate;
                }
            }

            neighbours[i] = best;
        });
        return neighbours;
    }
}
