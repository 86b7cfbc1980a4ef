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

    /// <summary>
    /// True when this clustering was computed for these mentions: the same array, or one with the same spans and types
    /// in the same order (what names and clusters depend on). Resolving values copies the mentions with their values
    /// into a new array; that must not cost a second parse and clustering of the whole article.
    /// </summary>
    public bool IsFor(ImmutableArray<EntityMention> mentions)
    {
        if (Mentions == mentions)
        {
            return true;
        }

        if (Mentions.Length != mentions.Length)
        {
            return false;
        }

        for (var i = 0; i < mentions.Length; i++)
        {
            var (mine, theirs) = (Mentions[i], mentions[i]);
            if (mine.Start != theirs.Start || mine.End != theirs.End || mine.Type != theirs.Type
                || !string.Equals(mine.Text, theirs.Text, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
