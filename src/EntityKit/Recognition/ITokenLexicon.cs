namespace EntityKit.Recognition;

/// <summary>
/// Knowledge the labelled data lacks, attached to the feature extractor: a word-cluster id per token and gazetteer
/// hits as a bit set per token. Implementations are immutable and thread-safe and allocate nothing per token.
/// </summary>
internal interface ITokenLexicon
{
    /// <summary>Fills the cluster ids (0 when unknown; otherwise a bit path with a leading 1) and gazetteer bits.</summary>
    void Annotate(ReadOnlySpan<char> text, ReadOnlySpan<TokenInfo> tokens, Span<int> clusters, Span<ulong> gazetteerBits);
}
