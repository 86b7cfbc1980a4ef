namespace EntityKit.Training.Lexicon;

/// <summary>
/// Spherical k-means (cosine similarity, unit-length centroids) over a subset of the rows of a
/// <see cref="WordVectors"/>, seeded with k-means++ from a deterministic generator.
/// </summary>
public static class SphericalKMeans
{
    /// <summary>Clusters the given rows into <paramref name="k"/> groups.</summary>
    /// <param name="vectors">The unit-length vectors.</param>
    /// <param name="members">The rows to cluster.</param>
    /// <param name="k">The number of clusters (at most the number of members).</param>
    /// <param name="iterations">The most assignment/update rounds.</param>
    /// <param name="seed">Seed of the k-means++ initialisation.</param>
    /// <param name="threads">Worker threads for the assignment step.</param>
    /// <returns>The cluster (0..k−1) of each member, in member order.</returns>
    public static int[] Cluster(WordVectors vectors, IReadOnlyList<int> members, int k, int iterations, ulong seed, int threads)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        ArgumentNullException.ThrowIfNull(members);
        var n = members.Count;
        if (k < 1 || k > n)
        {
            throw new ArgumentOutOfRangeException(nameof(k), k, $"k must be in 1..{n}.");
        }

        var assignment = new int[n];
        if (k == 1)
        {
            return assignment;
        }

        if (k == n)
        {
            for (var i = 0; i < n; i++)
            {
                assignment[i] = i;
            }

            return assignment;
        }

        var dims = vectors.Dimensions;
        var centroids = InitialiseCentroids(vectors, members, k, seed);
        var similarity = new float[n];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = (long)n * k > 200_000 ? threads : 1 };
        for (var round = 0; round < iterations; round++)
        {
            var changed = 0;
            Parallel.For(0, n, parallel, () => 0, (i, _, localChanged) =>
            {
                var row = vectors.Row(members[i]);
                var best = 0;
                var bestSimilarity = float.NegativeInfinity;
                for (var c = 0; c < k; c++)
                {
                    var s = ContextVectorBuilder.Dot(row, centroids.AsSpan(c * dims, dims));
                    if (s > bestSimilarity)
                    {
                        bestSimilarity = s;
                        best = c;
                    }
                }

                similarity[i] = bestSimilarity;
                if (assignment[i] != best || round == 0)
                {
                    assignment[i] = best;
                    return localChanged + 1;
                }

                return localChanged;
            }, local => Interlocked.Add(ref changed, local));

            UpdateCentroids(vectors, members, assignment, similarity, centroids, k);
            if (round > 0 && changed <= n / 1000)
            {
                break;
            }
        }

        return assignment;
    }

    private static float[] InitialiseCentroids(WordVectors vectors, IReadOnlyList<int> members, int k, ulong seed)
    {
        var dims = vectors.Dimensions;
        var n = members.Count;
        var centroids = new float[k * dims];
        var distance = new double[n];
        var state = seed ^ ((ulong)n * 0x9E3779B97F4A7C15UL) ^ (ulong)k;
        var first = (int)(ContextVectorBuilder.SplitMix64(ref state) % (ulong)n);
        vectors.Row(members[first]).CopyTo(centroids.AsSpan(0, dims));
        Array.Fill(distance, double.MaxValue);
        for (var c = 1; c < k; c++)
        {
            var previous = centroids.AsSpan((c - 1) * dims, dims);
            double total = 0;
            for (var i = 0; i < n; i++)
            {
                var d = 1.0 - ContextVectorBuilder.Dot(vectors.Row(members[i]), previous);
                distance[i] = Math.Min(distance[i], Math.Max(d, 0));
                total += distance[i];
            }

            var pick = n - 1;
            var target = (ContextVectorBuilder.SplitMix64(ref state) >> 11) * (1.0 / (1UL << 53)) * total;
            for (var i = 0; i < n; i++)
            {
                target -= distance[i];
                if (target <= 0 && distance[i] > 0)
                {
                    pick = i;
                    break;
                }
            }

            vectors.Row(members[pick]).CopyTo(centroids.AsSpan(c * dims, dims));
        }

        return centroids;
    }

    private static void UpdateCentroids(WordVectors vectors, IReadOnlyList<int> members, int[] assignment, float[] similarity, float[] centroids, int k)
    {
        var dims = vectors.Dimensions;
        Array.Clear(centroids);
        var sizes = new int[k];
        for (var i = 0; i < members.Count; i++)
        {
            sizes[assignment[i]]++;
            ContextVectorBuilder.AddScaled(centroids.AsSpan(assignment[i] * dims, dims), vectors.Row(members[i]), 1f);
        }

        for (var c = 0; c < k; c++)
        {
            if (sizes[c] == 0)
            {
                // Re-seed an empty cluster with the member worst served by its centroid.
                var worst = 0;
                for (var i = 1; i < members.Count; i++)
                {
                    if (similarity[i] < similarity[worst])
                    {
                        worst = i;
                    }
                }

                similarity[worst] = float.PositiveInfinity;
                vectors.Row(members[worst]).CopyTo(centroids.AsSpan(c * dims, dims));
                continue;
            }

            ContextVectorBuilder.Normalize(centroids.AsSpan(c * dims, dims));
        }
    }
}
