using EntityKit.Lexicon;

namespace EntityKit.Training.Lexicon;

/// <summary>The result of <see cref="ExchangeClusterer"/>: the clustered words with their classes at every level.</summary>
public sealed class ExchangeClustering
{
    private readonly int[][] _levels;
    private readonly int[] _levelSizes;

    /// <summary>Creates a result.</summary>
    /// <param name="words">The words, most frequent first.</param>
    /// <param name="counts">Their corpus frequencies.</param>
    /// <param name="levelSizes">Classes per level, coarsest first.</param>
    /// <param name="levels">Per level, the class of each word.</param>
    public ExchangeClustering(IReadOnlyList<string> words, IReadOnlyList<long> counts, int[] levelSizes, int[][] levels)
    {
        Words = words;
        Counts = counts;
        _levelSizes = levelSizes;
        _levels = levels;
    }

    /// <summary>The clustered words, most frequent first.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>The corpus frequency of each of <see cref="Words"/>.</summary>
    public IReadOnlyList<long> Counts { get; }

    /// <summary>Classes per level, coarsest first.</summary>
    public ReadOnlySpan<int> LevelSizes => _levelSizes;

    /// <summary>The class of each of <see cref="Words"/> at a level (0 = coarsest).</summary>
    /// <param name="level">The level.</param>
    public ReadOnlySpan<int> ClassesAt(int level) => _levels[level];

    /// <summary>The classes as a cluster table (at most <see cref="ClusterIds.MaxLevels"/> levels).</summary>
    public WordClusters ToWordClusters()
    {
        var entries = new List<KeyValuePair<string, ClusterIds>>(Words.Count);
        Span<int> ids = stackalloc int[_levels.Length];
        for (var w = 0; w < Words.Count; w++)
        {
            for (var level = 0; level < _levels.Length; level++)
            {
                ids[level] = _levels[level][w];
            }

            entries.Add(new(Words[w], new ClusterIds(ids)));
        }

        return WordClusters.Create(_levelSizes, entries);
    }
}
