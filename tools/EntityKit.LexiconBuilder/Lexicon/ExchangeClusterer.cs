using EntityKit.Lexicon;

namespace EntityKit.Training.Lexicon;

/// <summary>
/// Learns flat word classes with the predictive exchange algorithm (Kneser &amp; Ney 1993; Martin et al. 1998;
/// Uszkoreit &amp; Brants 2008): each word is moved to the class that makes the corpus most likely under the model
/// P(w | v) = P(w | class(w)) · P(class(w) | v) (and, with <see cref="ExchangeClusterOptions.Bidirectional"/>, the
/// same model read right to left). A second, differently learnt clustering beside the embedding clusters
/// of <see cref="WordClusterTrainer"/>, in the spirit of Brown clusters.
/// </summary>
public static class ExchangeClusterer
{
    /// <summary>
    /// Clusters the given words of a corpus into each of <paramref name="classCounts"/> classes. The finest level is
    /// learnt from the words' bigrams; each coarser level groups the classes of the next finer one by the same
    /// algorithm over class bigrams, so the levels nest. Corpus words outside the set share one fixed "other" class;
    /// words of the set absent from the corpus take the classes of their seen case fallback, else those of the class
    /// most rare words went to.
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
        IReadOnlyList<SuccessorBigrams> directions = options.Bidirectional
            ? [SuccessorBigrams.FromCorpus(corpus, localIds, ordered.Length), SuccessorBigrams.FromCorpus(corpus, localIds, ordered.Length, reversed: true)]
            : [SuccessorBigrams.FromCorpus(corpus, localIds, ordered.Length)];
        var levels = new int[sizes.Length][];
        levels[^1] = new ExchangeSearch(directions, sizes[^1], options, progress).Run();
        var finerClasses = levels[^1];
        for (var level = sizes.Length - 2; level >= 0; level--)
        {
            // Group the classes of the finer level, then give each word its class's group.
            var groupCount = sizes[level + 1];
            var classes = finerClasses;
            var classDirections = directions.Select(d => d.GroupBy(classes, groupCount)).ToArray();
            var groups = new ExchangeSearch(classDirections, sizes[level], options with { MinExchangeCount = 0 }, progress).Run();
            levels[level] = levels[level + 1].Select(c => groups[c]).ToArray();
            directions = classDirections;
            finerClasses = groups;
        }

        GiveAbsentWordsClasses(ordered, counts, levels, options.MinExchangeCount, progress);
        return new ExchangeClustering(ordered, counts, sizes, levels);
    }

    /// <summary>
    /// The corpus says nothing about a word it lacks, so such a word takes the classes of its case fallback
    /// (<c>PARIS</c> → <c>Paris</c> → <c>paris</c>) when that was seen, else those of the class most rare words went to.
    /// </summary>
    private static void GiveAbsentWordsClasses(string[] words, long[] counts, int[][] levels, long rareBelow, Action<string>? progress)
    {
        var absent = Enumerable.Range(0, words.Length).Where(w => counts[w] == 0).ToList();
        if (absent.Count == 0)
        {
            return;
        }

        var finest = levels[^1];
        var rare = Enumerable.Range(0, words.Length).Where(w => counts[w] > 0 && counts[w] < rareBelow).ToList();
        if (rare.Count == 0)
        {
            rare = Enumerable.Range(0, words.Length).Where(w => counts[w] > 0).ToList();
        }

        var index = new Dictionary<string, int>(words.Length, StringComparer.Ordinal);
        for (var w = 0; w < words.Length; w++)
        {
            index.Add(words[w], w);
        }

        // The most frequent word of the finest class that holds the most rare words stands in for an unseen one.
        var rareClass = rare.CountBy(w => finest[w]).OrderByDescending(p => p.Value).ThenBy(p => p.Key).Select(p => p.Key).FirstOrDefault();
        var standIn = rare.Count == 0 ? 0 : Array.FindIndex(finest, c => c == rareClass);
        var byFallback = 0;
        foreach (var word in absent)
        {
            var source = standIn;
            foreach (var fallback in WordClusters.CaseFallbacks(words[word]))
            {
                if (index.TryGetValue(fallback, out var other) && counts[other] > 0)
                {
                    source = other;
                    byFallback++;
                    break;
                }
            }

            foreach (var level in levels)
            {
                level[word] = level[source];
            }
        }

        progress?.Invoke($"absent words: {byFallback:N0} took their case fallback's classes, {absent.Count - byFallback:N0} those of '{words[standIn]}' (finest class {rareClass}, where most rare words went)");
    }
}
