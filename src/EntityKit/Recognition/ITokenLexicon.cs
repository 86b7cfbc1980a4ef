using EntityKit.Lexicon;

namespace EntityKit.Recognition;

/// <summary>
/// Knowledge the labelled data lacks, attached to the feature extractor: word clusters learnt from unlabelled text
/// and gazetteer hits. Implementations are immutable and thread-safe and allocate nothing per token.
/// </summary>
internal interface ITokenLexicon
{
    /// <summary>Number of cluster levels each word has (0 without clusters).</summary>
    int ClusterLevels { get; }

    /// <summary>
    /// Fills the cluster ids (default when unknown) and gazetteer hits of the tokens <paramref name="first"/> to
    /// <c>first + clusters.Length - 1</c>, exactly as an annotation of the whole document would give them (phrases that
    /// cross the range's edges count), so that a document is annotated one sentence at a time.
    /// </summary>
    /// <param name="text">The document's text.</param>
    /// <param name="tokens">All tokens of the document.</param>
    /// <param name="first">The range's first token.</param>
    /// <param name="clusters">Receives the range's cluster ids; its length is the range's length.</param>
    /// <param name="gazetteer">Receives the range's gazetteer hits; as long as <paramref name="clusters"/>.</param>
    void AnnotateRange(ReadOnlySpan<char> text, ReadOnlySpan<TokenInfo> tokens, int first, Span<ClusterIds> clusters, Span<GazetteerHits> gazetteer);
}
