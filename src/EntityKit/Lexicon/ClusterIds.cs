namespace EntityKit.Lexicon;

/// <summary>
/// The cluster ids of one word at every granularity of a <see cref="WordClusters"/> table, coarsest first.
/// Level <c>k</c> has <see cref="WordClusters.LevelSizes"/>[k] clusters. The levels of one clustering nest (every fine
/// cluster lies inside exactly one coarser cluster), like prefixes of a Brown bit path; a table made with
/// <see cref="WordClusters.Concatenate"/> carries a second, independent clustering in its later levels.
/// </summary>
/// <remarks>An immutable value type; at most <see cref="MaxLevels"/> levels.</remarks>
public readonly record struct ClusterIds
{
    /// <summary>The most levels a table can have.</summary>
    public const int MaxLevels = 6;

    private readonly ushort _level0;
    private readonly ushort _level1;
    private readonly ushort _level2;
    private readonly ushort _level3;
    private readonly ushort _level4;
    private readonly ushort _level5;

    /// <summary>Creates cluster ids from up to <see cref="MaxLevels"/> ids, coarsest first.</summary>
    /// <param name="ids">The ids, each in 0..65535.</param>
    /// <exception cref="ArgumentException">More than <see cref="MaxLevels"/> ids, or an id out of range.</exception>
    public ClusterIds(ReadOnlySpan<int> ids)
    {
        if (ids.Length > MaxLevels)
        {
            throw new ArgumentException($"At most {MaxLevels} cluster levels are supported, got {ids.Length}.", nameof(ids));
        }

        Span<ushort> values = stackalloc ushort[MaxLevels];
        for (var i = 0; i < ids.Length; i++)
        {
            if ((uint)ids[i] > ushort.MaxValue)
            {
                throw new ArgumentException($"Cluster id {ids[i]} at level {i} is outside 0..65535.", nameof(ids));
            }

            values[i] = (ushort)ids[i];
        }

        Count = ids.Length;
        _level0 = values[0];
        _level1 = values[1];
        _level2 = values[2];
        _level3 = values[3];
        _level4 = values[4];
        _level5 = values[5];
    }

    /// <summary>How many levels hold an id.</summary>
    public int Count { get; }

    /// <summary>The cluster id at a level (0 = coarsest).</summary>
    /// <param name="level">0 ≤ level &lt; <see cref="Count"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The level is out of range.</exception>
    public int this[int level]
    {
        get
        {
            if ((uint)level >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(level), level, $"This word has {Count} cluster levels.");
            }

            return level switch
            {
                0 => _level0,
                1 => _level1,
                2 => _level2,
                3 => _level3,
                4 => _level4,
                _ => _level5,
            };
        }
    }

    /// <inheritdoc />
    public override string ToString()
    {
        Span<int> ids = stackalloc int[MaxLevels];
        for (var i = 0; i < Count; i++)
        {
            ids[i] = this[i];
        }

        return string.Join('/', ids[..Count].ToArray());
    }
}
