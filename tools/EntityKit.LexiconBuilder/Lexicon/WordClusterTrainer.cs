using EntityKit.Lexicon;

namespace EntityKit.Training.Lexicon;

/// <summary>
/// Learns a <see cref="WordClusters"/> table from unlabelled text: tokenise and index
/// (<see cref="IndexedCorpus"/>), build PPMI context vectors (<see cref="ContextVectorBuilder"/>), then cluster them
/// top-down at several granularities (<see cref="HierarchicalClusterer"/>).
/// </summary>
public static class WordClusterTrainer
{
    /// <summary>Learns the clusters.</summary>
    /// <param name="lines">The corpus, one document or paragraph per line.</param>
    /// <param name="splitter">The tokenisation the cluster keys follow (<see cref="TokenStringSplitters"/>).</param>
    /// <param name="vectorOptions">Vocabulary, context and projection settings.</param>
    /// <param name="levelSizes">Target cluster counts, coarsest first (at most <see cref="ClusterIds.MaxLevels"/>).</param>
    /// <param name="iterations">The most k-means rounds per split.</param>
    /// <param name="progress">Receives progress lines; may be null.</param>
    /// <param name="pruner">Which rare case variants to leave out of the table (default: <see cref="CaseVariantPruner"/> defaults).</param>
    /// <returns>The table and the vectors it was made from (for inspection).</returns>
    public static (WordClusters Clusters, WordVectors Vectors) Train(IEnumerable<string> lines, TokenStringSplitter splitter, ContextVectorOptions vectorOptions, IReadOnlyList<int> levelSizes, int iterations = 20, Action<string>? progress = null, CaseVariantPruner? pruner = null)
    {
        ArgumentNullException.ThrowIfNull(vectorOptions);
        ArgumentNullException.ThrowIfNull(levelSizes);
        var corpus = IndexedCorpus.Build(lines, splitter, progress);
        progress?.Invoke($"corpus: {corpus.TokenCount:N0} ids, {corpus.Words.Count:N0} types, {corpus.SkippedSegments:N0} headline segments skipped");
        var vectors = ContextVectorBuilder.Build(corpus, vectorOptions, progress);
        var (assignments, sizes) = HierarchicalClusterer.Cluster(vectors, levelSizes, iterations, vectorOptions.Seed, vectorOptions.Threads, progress);
        var pruned = (pruner ?? new CaseVariantPruner()).FindPrunable(vectors.Words, vectors.Counts);
        progress?.Invoke($"left out {pruned.Count:N0} rare case variants of more frequent words");
        var entries = new List<KeyValuePair<string, ClusterIds>>(vectors.Words.Count);
        Span<int> ids = stackalloc int[sizes.Length];
        for (var row = 0; row < vectors.Words.Count; row++)
        {
            if (pruned.Contains(vectors.Words[row]))
            {
                continue;
            }

            for (var level = 0; level < sizes.Length; level++)
            {
                ids[level] = assignments[level][row];
            }

            entries.Add(new(vectors.Words[row], new ClusterIds(ids)));
        }

        return (WordClusters.Create(sizes, entries), vectors);
    }
}
