namespace EntityKit.Training.Lexicon;

/// <summary>How <see cref="ContextVectorBuilder"/> turns a corpus into word vectors.</summary>
public sealed record ContextVectorOptions
{
    /// <summary>Words seen fewer times are left out. Default 5.</summary>
    public int MinCount { get; init; } = 5;

    /// <summary>At most this many (most frequent) words get a vector; below 262,144. Default 250,000.</summary>
    public int MaxWords { get; init; } = 250_000;

    /// <summary>The most frequent words used as context features at each offset; below 4,094. Default 2,500.</summary>
    public int ContextWords { get; init; } = 2_500;

    /// <summary>Context distribution smoothing exponent for PPMI (Levy et al. 2015). Default 0.75.</summary>
    public double ContextSmoothing { get; init; } = 0.75;

    /// <summary>Dimensions of the random projection. Default 256.</summary>
    public int Dimensions { get; init; } = 256;

    /// <summary>How the sparse PPMI rows are reduced to <see cref="Dimensions"/>. Default truncated SVD.</summary>
    public VectorReduction Reduction { get; init; } = VectorReduction.Svd;

    /// <summary>Power iterations of the randomized SVD. Default 2.</summary>
    public int PowerIterations { get; init; } = 2;

    /// <summary>Singular value weighting of the SVD embedding (0 = unweighted, 0.5 = square root). Default 0.5.</summary>
    public double SingularValueExponent { get; init; } = 0.5;

    /// <summary>Seed of the random projection.</summary>
    public ulong Seed { get; init; } = 0x5EED_1E71_C0DEUL;

    /// <summary>Worker threads. Default 2.</summary>
    public int Threads { get; init; } = 2;
}

/// <summary>How <see cref="ContextVectorBuilder"/> reduces sparse PPMI rows to dense vectors.</summary>
public enum VectorReduction
{
    /// <summary>Truncated SVD (randomized), which denoises rare words.</summary>
    Svd = 0,
    /// <summary>A seeded sign random projection, which preserves PPMI cosines approximately and is fastest.</summary>
    RandomProjection = 1,
}
