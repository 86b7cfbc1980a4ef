using System.Collections.Immutable;

namespace EntityKit.Resolution;

/// <summary>Groups the mentions of one article into entities. Implementations are immutable and thread-safe.</summary>
public interface IEntityResolver
{
    /// <summary>Builds the entities of an article from its mentions, most salient first.</summary>
    /// <param name="text">The article's text.</param>
    /// <param name="mentions">Its mentions, in text order.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    ImmutableArray<Entity> Resolve(string text, ImmutableArray<EntityMention> mentions, CancellationToken cancellationToken);
}
