using System.Collections.Frozen;

namespace EntityKit.Lexicon;

/// <summary>
/// Distributional word clusters at several granularities, looked up by token text without allocating.
/// Load the shipped table with <see cref="Load(Stream)"/>; build one with <see cref="Create"/>.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Keys are token strings as the tokenizer produces them, case-sensitive.
/// <see cref="TryGetClusters"/> tries the exact text first, then, for words with capitals, the title-cased form
/// of an all-capitals word (<c>REUTERS</c> → <c>Reuters</c>) and finally the lower-cased form.
/// </remarks>
public sealed class WordClusters
{
    /// <summary>Longest word the case fallbacks handle; longer words are only looked up exactly.</summary>
    public const int MaxFallbackLength = 64;

    private readonly FrozenDictionary<string, int> _index;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly ClusterIds[] _ids;
    private readonly int[] _levelSizes;

    private WordClusters(FrozenDictionary<string, int> index, ClusterIds[] ids, int[] levelSizes)
    {
        _index = index;
        _lookup = index.GetAlternateLookup<ReadOnlySpan<char>>();
        _ids = ids;
        _levelSizes = levelSizes;
    }

    /// <summary>Number of clusters at each level, coarsest first.</summary>
    public ReadOnlySpan<int> LevelSizes => _levelSizes;

    /// <summary>Number of levels (granularities).</summary>
    public int LevelCount => _levelSizes.Length;

    /// <summary>Number of words in the table.</summary>
    public int WordCount => _ids.Length;

    /// <summary>The words of the table, in no particular order.</summary>
    public IEnumerable<string> Words => _index.Keys;

    /// <summary>
    /// Builds a table from words and their cluster ids.
    /// </summary>
    /// <param name="levelSizes">Number of clusters at each level, coarsest first (1..<see cref="ClusterIds.MaxLevels"/> levels).</param>
    /// <param name="entries">Each word once, with one id per level, each below that level's size.</param>
    /// <exception cref="ArgumentException">A word repeats, is empty, or its ids do not fit the levels.</exception>
    public static WordClusters Create(IReadOnlyList<int> levelSizes, IEnumerable<KeyValuePair<string, ClusterIds>> entries)
    {
        ArgumentNullException.ThrowIfNull(levelSizes);
        ArgumentNullException.ThrowIfNull(entries);
        if (levelSizes.Count is 0 or > ClusterIds.MaxLevels)
        {
            throw new ArgumentException($"A table has 1..{ClusterIds.MaxLevels} levels, got {levelSizes.Count}.", nameof(levelSizes));
        }

        var sizes = levelSizes.ToArray();
        foreach (var size in sizes)
        {
            if (size is < 1 or > ushort.MaxValue + 1)
            {
                throw new ArgumentException($"A level has 1..65536 clusters, got {size}.", nameof(levelSizes));
            }
        }

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var ids = new List<ClusterIds>();
        foreach (var (word, clusterIds) in entries)
        {
            if (string.IsNullOrEmpty(word))
            {
                throw new ArgumentException("A word is empty.", nameof(entries));
            }

            if (clusterIds.Count != sizes.Length)
            {
                throw new ArgumentException($"'{word}' has {clusterIds.Count} cluster ids but the table has {sizes.Length} levels.", nameof(entries));
            }

            for (var level = 0; level < sizes.Length; level++)
            {
                if (clusterIds[level] >= sizes[level])
                {
                    throw new ArgumentException($"'{word}' has cluster {clusterIds[level]} at level {level}, which has only {sizes[level]} clusters.", nameof(entries));
                }
            }

            if (!index.TryAdd(word, ids.Count))
            {
                throw new ArgumentException($"'{word}' appears twice.", nameof(entries));
            }

            ids.Add(clusterIds);
        }

        return new WordClusters(index.ToFrozenDictionary(StringComparer.Ordinal), ids.ToArray(), sizes);
    }

    /// <summary>
    /// Joins two clusterings of the same vocabulary into one table: the words of <paramref name="first"/>, with its
    /// levels followed by those of <paramref name="second"/>, so a feature extractor sees both (for example embedding
    /// clusters and class-bigram clusters, which carry different evidence). A word <paramref name="second"/> lacks
    /// gets one extra cluster at each of its levels.
    /// </summary>
    /// <param name="first">The main table; its words and levels come first.</param>
    /// <param name="second">The table whose levels are appended.</param>
    /// <exception cref="ArgumentException">Together they have more than <see cref="ClusterIds.MaxLevels"/> levels.</exception>
    public static WordClusters Concatenate(WordClusters first, WordClusters second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var levels = first.LevelCount + second.LevelCount;
        if (levels > ClusterIds.MaxLevels)
        {
            throw new ArgumentException(
                $"The two tables have {first.LevelCount} + {second.LevelCount} levels; at most {ClusterIds.MaxLevels} fit in one table.",
                nameof(second));
        }

        var missing = first._index.Keys.Any(word => !second._index.ContainsKey(word));
        var sizes = new int[levels];
        first.LevelSizes.CopyTo(sizes);
        for (var level = 0; level < second.LevelCount; level++)
        {
            sizes[first.LevelCount + level] = second.LevelSizes[level] + (missing ? 1 : 0);
        }

        var entries = new List<KeyValuePair<string, ClusterIds>>(first.WordCount);
        Span<int> ids = stackalloc int[ClusterIds.MaxLevels];
        foreach (var (word, index) in first._index)
        {
            var own = first._ids[index];
            var hasSecond = second._index.TryGetValue(word, out var secondIndex);
            for (var level = 0; level < levels; level++)
            {
                ids[level] = level < first.LevelCount ? own[level]
                    : hasSecond ? second._ids[secondIndex][level - first.LevelCount]
                    : second.LevelSizes[level - first.LevelCount];
            }

            entries.Add(new(word, new ClusterIds(ids[..levels])));
        }

        return Create(sizes, entries);
    }

    /// <summary>Reads a table written by <see cref="Save"/>.</summary>
    /// <param name="stream">The serialized table; read to its end, not closed.</param>
    /// <exception cref="InvalidDataException">The data is not a word-cluster table of a supported version.</exception>
    public static WordClusters Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var (sizes, entries) = WordClusterFormat.Read(stream);
        return Create(sizes, entries);
    }

    /// <summary>Writes the table in the compact versioned format that <see cref="Load"/> reads (words sorted ordinally, so the bytes are deterministic).</summary>
    /// <param name="stream">Where to write; not closed.</param>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var words = _index.Keys.ToArray();
        Array.Sort(words, StringComparer.Ordinal);
        WordClusterFormat.Write(stream, _levelSizes, words.Select(w => new KeyValuePair<string, ClusterIds>(w, _ids[_index[w]])));
    }

    /// <summary>
    /// Finds a word's clusters: the exact text, else (for words with capitals) the title-cased form of an
    /// all-capitals word, else the lower-cased form. Allocates nothing.
    /// </summary>
    /// <param name="word">The token text.</param>
    /// <param name="ids">The cluster ids when found; default otherwise.</param>
    /// <returns>True when the word or one of its case fallbacks is in the table.</returns>
    public bool TryGetClusters(ReadOnlySpan<char> word, out ClusterIds ids)
    {
        if (_lookup.TryGetValue(word, out var index))
        {
            ids = _ids[index];
            return true;
        }

        if (word.Length is 0 or > MaxFallbackLength || !WordCase.HasUpper(word))
        {
            ids = default;
            return false;
        }

        Span<char> buffer = stackalloc char[word.Length];
        if (WordCase.IsAllCaps(word))
        {
            buffer[0] = word[0];
            word[1..].ToLowerInvariant(buffer[1..]);
            if (_lookup.TryGetValue(buffer, out index))
            {
                ids = _ids[index];
                return true;
            }
        }

        word.ToLowerInvariant(buffer);
        if (_lookup.TryGetValue(buffer, out index))
        {
            ids = _ids[index];
            return true;
        }

        ids = default;
        return false;
    }

    /// <summary>Finds a word's clusters by exact text only (no case fallback). Allocates nothing.</summary>
    /// <param name="word">The token text.</param>
    /// <param name="ids">The cluster ids when found; default otherwise.</param>
    /// <returns>True when the exact text is in the table.</returns>
    public bool TryGetExact(ReadOnlySpan<char> word, out ClusterIds ids)
    {
        if (_lookup.TryGetValue(word, out var index))
        {
            ids = _ids[index];
            return true;
        }

        ids = default;
        return false;
    }

    /// <summary>The keys <see cref="TryGetClusters"/> falls back to for a word missing from the table, in order.</summary>
    /// <param name="word">The word.</param>
    public static IEnumerable<string> CaseFallbacks(string word)
    {
        if (word.Length is 0 or > MaxFallbackLength || !WordCase.HasUpper(word))
        {
            yield break;
        }

        if (WordCase.IsAllCaps(word))
        {
            yield return string.Concat(word.AsSpan(0, 1), word.AsSpan(1).ToString().ToLowerInvariant());
        }

        yield return word.ToLowerInvariant();
    }
}
