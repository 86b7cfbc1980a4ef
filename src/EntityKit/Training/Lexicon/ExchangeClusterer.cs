namespace EntityKit.Training.Lexicon;

/// <summary>
/// Learns flat word classes with the predictive exchange algorithm (Kneser &amp; Ney 1993; Martin et al. 1998;
/// Uszkoreit &amp; Brants 2008): each word is moved to the class that makes the corpus most likely under the model
/// P(w | v) = P(w | class(w)) · P(class(w) | v). A second, differently learnt clustering beside the embedding clusters
/// of <see cref="WordClusterTrainer"/>, in the spirit of Brown clusters.
/// </summary>
public static class ExchangeClusterer
{
    /// <summary>
    /// Clusters the given words of a corpus into each of <paramref name="classCounts"/> classes. The finest level is
    /// learnt from the words' bigrams; each coarser level groups the classes of the next finer one by the same
    /// algorithm over class bigrams, so the levels nest. Corpus words outside the set share one fixed "other" class;
    /// words of the set absent from the corpus land in the class the tie-break picks (class 0).
    /// </summary>
    /// <param name="corpus">The indexed corpus (<see cref="IndexedCorpus.Build"/>).</param>
    /// <param name="words">The words to cluster, each once.</param>
    /// <param name="classCounts">Class counts per level, in any order; at least 2 each, distinct.</param>
    /// <param name="options">Search settings.</param>
    /// <param name="progress">Receives progress lines; may be null.</param>
    public static ExchangeClustering Cluster(IndexedCorpus corpus, IEnumerable<string> words, IReadOnlyList<int> classCounts, ExchangeClusterOptions options, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(classCounts);
        ArgumentNullException.ThrowIfNull(options);
        var sizes = classCounts.Distinct().Order().ToArray();
        if (sizes.Length != classCounts.Count || sizes.Length == 0 || sizes[0] < 2)
        {
            throw new ArgumentException("Class counts must be distinct and at least 2.", nameof(classCounts));
        }

        var corpusIds = new Dictionary<string, int>(corpus.Words.Count, StringComparer.Ordinal);
        for (var id = 0; id < corpus.Words.Count; id++)
        {
            corpusIds.Add(corpus.Words[id], id);
        }

        long CountOf(string word) => corpusIds.TryGetValue(word, out var id) ? corpus.Counts[id] : 0;
        var ordered = words.Distinct(StringComparer.Ordinal).OrderByDescending(CountOf).ThenBy(w => w, StringComparer.Ordinal).ToArray();
        var localIds = new int[corpus.Words.Count];
        Array.Fill(localIds, -1);
        var counts = new long[ordered.Length];
        for (var i = 0; i < ordered.Length; i++)
        {
            counts[i] = CountOf(ordered[i]);
            if (corpusIds.TryGetValue(ordered[i], out var id))
            {
                localIds[id] = i;
            }
        }

        var absent = ordered.Where(w => CountOf(w) == 0).ToList();
        progress?.Invoke($"exchange: {ordered.Length:N0} words, {absent.Count:N0} of them absent from the corpus (e.g. {string.Join(' ', absent.Take(30))})");
        var bigrams = SuccessorBigrams.FromCorpus(corpus, localIds, ordered.Length);
        var levels = new int[sizes.Length][];
        levels[^1] = new ExchangeSearch(bigrams, sizes[^1], options, progress).Run();
        var finerClasses = levels[^1];
        for (var level = sizes.Length - 2; level >= 0; level--)
        {
            // Group the classes of the finer level, then give each word its class's group.
            var classBigrams = bigrams.GroupBy(finerClasses, sizes[level + 1]);
            var groups = new ExchangeSearch(classBigrams, sizes[level], options with { MinExchangeCount = 0 }, progress).Run();
            levels[level] = levels[level + 1].Select(c => groups[c]).ToArray();
            bigrams = classBigrams;
            finerClasses = groups;
        }

        return new ExchangeClustering(ordered, counts, sizes, levels);
    }
}
