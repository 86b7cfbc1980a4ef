using EntityKit.Lexicon;

namespace EntityKit.Recognition;

/// <summary>
/// Knowledge the labelled data lacks, attached to the feature extractor: word clusters learnt from unlabelled text
/// and gazetteer hits. Implementations are immutable and thread-safe and allocate nothing per token.
/// </summary>
internal interface ITokenLexicon
{
    /// <summary>Fills each token's cluster ids (default when unknown) and gazetteer hits.</summary>
    void Annotate(ReadOnlySpan<char> text, ReadOnlySpan<TokenInfo> tokens, Span<ClusterIds> clusters, Span<GazetteerHits> gazetteer);
}
