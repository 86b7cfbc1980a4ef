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

/// <summary>The lexicon stored in a model: optional word clusters and an optional gazetteer.</summary>
/// <param name="Clusters">Word clusters, or null.</param>
/// <param name="Gazetteer">The gazetteer, or null.</param>
internal sealed record ModelLexicon(WordClusters? Clusters, Gazetteer? Gazetteer) : ITokenLexicon
{
    public void Annotate(ReadOnlySpan<char> text, ReadOnlySpan<TokenInfo> tokens, Span<ClusterIds> clusters, Span<GazetteerHits> gazetteer)
    {
        if (Clusters is not null)
        {
            for (var i = 0; i < tokens.Length; i++)
            {
                Clusters.TryGetClusters(tokens[i].GetText(text), out clusters[i]);
            }
        }
        else
        {
            clusters[..tokens.Length].Clear();
        }

        if (Gazetteer is not null)
        {
            Gazetteer.Annotate(text, tokens, gazetteer[..tokens.Length]);
        }
        else
        {
            gazetteer[..tokens.Length].Clear();
        }
    }
}
