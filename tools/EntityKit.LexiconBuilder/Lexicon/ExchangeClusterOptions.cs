namespace EntityKit.Training.Lexicon;

/// <summary>How <see cref="ExchangeClusterer"/> searches for classes.</summary>
public sealed record ExchangeClusterOptions
{
    /// <summary>The most passes over the words. Default 10.</summary>
    public int Iterations { get; init; } = 10;

    /// <summary>The search stops after a pass that moved fewer than this fraction of the exchanged words. Default 0.001.</summary>
    public double MinMoveFraction { get; init; } = 0.001;

    /// <summary>
    /// Words seen fewer times take no part in the exchange passes; once they are over, each is placed once in its best
    /// class. Default 10.
    /// </summary>
    public long MinExchangeCount { get; init; } = 10;

    /// <summary>
    /// Score classes by both the words before (P(class | previous word)) and after (P(class | next word)) a word,
    /// the bidirectional exchange of Dehdari, Tan &amp; van Genabith (2016), instead of the preceding words only.
    /// Twice the work; rare words land in better classes. Default true.
    /// </summary>
    public bool Bidirectional { get; init; } = true;

    /// <summary>Worker threads that score the candidate classes of one word (the result does not depend on it). Default 1.</summary>
    public int Threads { get; init; } = 1;
}
