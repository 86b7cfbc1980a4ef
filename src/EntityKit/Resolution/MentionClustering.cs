using System.Collections.Immutable;

namespace EntityKit.Resolution;

/// <summary>
/// The parsed names and the clusters of one article's mentions, computed once by
/// <see cref="DocumentTypeConsistency"/> and reused by <see cref="ArticleEntityResolver"/> when consistency changed
/// no type (clustering depends on types, so a retyped article is clustered again).
/// </summary>
/// <param name="Mentions">The mentions the clustering was computed for.</param>
/// <param name="Names">Each mention's parsed name.</param>
/// <param name="Clusters">Each mention's cluster number.</param>
internal sealed record MentionClustering(ImmutableArray<EntityMention> Mentions, MentionName[] Names, int[] Clusters)
{
    /// <summary>Parses and clusters <paramref name="mentions"/>.</summary>
    public static MentionClustering Compute(string text, ImmutableArray<EntityMention> mentions, CancellationToken cancellationToken)
    {
        var names = MentionNameParser.ParseAll(text, mentions);
        return new MentionClustering(mentions, names, MentionClusterer.Cluster(mentions, names, cancellationToken));
    }

    /// <summary>True when this clustering was computed for exactly these mentions (the same array).</summary>
    public bool IsFor(ImmutableArray<EntityMention> mentions) => Mentions == mentions;
}
