namespace EntityKit.Training.Lexicon;

/// <summary>Settings of <see cref="ClusterTableExtender"/>.</summary>
public sealed record ClusterExtensionOptions
{
    /// <summary>k-means buckets of the table words; a new word is compared only with the words of one bucket, the one most similar to it in sum.</summary>
    public int Buckets { get; init; } = 256;

    /// <summary>A new word inherits clusters only from a table word more similar than this (cosine).</summary>
    public float MinSimilarity { get; init; } = 0.7f;

    /// <summary>Most k-means rounds when bucketing.</summary>
    public int Iterations { get; init; } = 15;

    /// <summary>Seed of the k-means initialisation.</summary>
    public ulong Seed { get; init; } = 7;

    /// <summary>Worker threads.</summary>
    public int Threads { get; init; } = 2;
}
