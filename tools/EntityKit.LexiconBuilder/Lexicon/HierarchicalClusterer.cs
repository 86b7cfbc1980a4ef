namespace EntityKit.Training.Lexicon;

/// <summary>
/// Top-down hierarchical spherical k-means: the first level clusters every word, each later level splits every
/// cluster of the level above into a number of children proportional to its size, so that the levels nest like
/// prefixes of a Brown bit path and each level has (about) its target number of clusters.
/// </summary>
public static class HierarchicalClusterer
{
    /// <summary>Clusters the vectors at every level.</summary>
    /// <param name="vectors">The unit-length word vectors.</param>
    /// <param name="levelSizes">Target cluster counts, coarsest first, each a multiple-or-more of the previous.</param>
    /// <param name="iterations">The most k-means rounds per split.</param>
    /// <param name="seed">Seed for the initialisations.</param>
    /// <param name="threads">Worker threads.</param>
    /// <param name="progress">Receives progress lines; may be null.</param>
    /// <returns>For each level, the cluster id of each word (row), and the number of clusters actually made.</returns>
    public static (int[][] Assignments, int[] Sizes) Cluster(WordVectors vectors, IReadOnlyList<int> levelSizes, int iterations, ulong seed, int threads, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        ArgumentNullException.ThrowIfNull(levelSizes);
        var n = vectors.Words.Count;
        var assignments = new int[levelSizes.Count][];
        var sizes = new int[levelSizes.Count];
        var parents = new List<int[]> { Enumerable.Range(0, n).ToArray() };
        for (var level = 0; level < levelSizes.Count; level++)
        {
            var target = levelSizes[level];
            var childCounts = Allocate(parents.Select(p => p.Length).ToArray(), target);
            var assignment = new int[n];
            var children = new List<int[]>();
            for (var p = 0; p < parents.Count; p++)
            {
                var members = parents[p];
                var local = SphericalKMeans.Cluster(vectors, members, childCounts[p], iterations, seed + (ulong)((level * 1_000_003) + p), threads);
                var groups = new List<int>[childCounts[p]];
                for (var g = 0; g < groups.Length; g++)
                {
                    groups[g] = [];
                }

                for (var i = 0; i < members.Length; i++)
                {
                    groups[local[i]].Add(members[i]);
                }

                foreach (var group in groups.Where(g => g.Count > 0))
                {
                    foreach (var row in group)
                    {
                        assignment[row] = children.Count;
                    }

                    children.Add(group.ToArray());
                }
            }

            assignments[level] = assignment;
            sizes[level] = children.Count;
            parents = children;
            progress?.Invoke($"level {level}: {children.Count:N0} clusters (target {target:N0}), largest {children.Max(c => c.Length):N0} words");
        }

        return (assignments, sizes);
    }

    /// <summary>Splits <paramref name="total"/> children among parents in proportion to their sizes (largest remainder), at least one and at most the parent's size each.</summary>
    /// <param name="parentSizes">Members of each parent.</param>
    /// <param name="total">Children wanted in all.</param>
    public static int[] Allocate(IReadOnlyList<int> parentSizes, int total)
    {
        ArgumentNullException.ThrowIfNull(parentSizes);
        var n = parentSizes.Sum();
        var counts = new int[parentSizes.Count];
        var remainders = new double[parentSizes.Count];
        var assigned = 0;
        for (var p = 0; p < parentSizes.Count; p++)
        {
            var exact = (double)total * parentSizes[p] / n;
            counts[p] = Math.Clamp((int)exact, 1, parentSizes[p]);
            remainders[p] = exact - (int)exact;
            assigned += counts[p];
        }

        var order = Enumerable.Range(0, counts.Length).OrderByDescending(p => remainders[p]).ThenBy(p => p).ToArray();
        for (var i = 0; assigned < total && i < order.Length * 4; i++)
        {
            var p = order[i % order.Length];
            if (counts[p] < parentSizes[p])
            {
                counts[p]++;
                assigned++;
            }
        }

        return counts;
    }
}
