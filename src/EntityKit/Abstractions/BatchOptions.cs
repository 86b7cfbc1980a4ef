namespace EntityKit;

/// <summary>How a batch of articles is processed.</summary>
/// <remarks>Immutable once built; the defaults suit most machines.</remarks>
public sealed record BatchOptions
{
    private readonly int _maxDegreeOfParallelism = Environment.ProcessorCount;
    private readonly int? _maxBufferedArticles;

    /// <summary>The options used when none are given.</summary>
    public static BatchOptions Default { get; } = new();

    /// <summary>How many articles are analysed at once; defaults to the number of processors.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxDegreeOfParallelism
    {
        get => _maxDegreeOfParallelism;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            _maxDegreeOfParallelism = value;
        }
    }

    /// <summary>
    /// How many articles may be read ahead of the one being returned. This bounds the memory of a batch whatever its
    /// size; defaults to 16 per degree of parallelism.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxBufferedArticles
    {
        get => _maxBufferedArticles ?? 16 * MaxDegreeOfParallelism;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            _maxBufferedArticles = value;
        }
    }
}
