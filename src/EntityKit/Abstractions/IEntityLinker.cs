using System.Collections.Immutable;

namespace EntityKit.Linking;

/// <summary>What an <see cref="IEntityLinker"/> sees: the article, its mentions and its resolved entities.</summary>
/// <param name="Article">The article (its text, URL and publication date).</param>
/// <param name="Mentions">The article's mentions, in text order.</param>
/// <param name="Entities">The entities built from the mentions.</param>
public readonly record struct EntityLinkingInput(Article Article, ImmutableArray<EntityMention> Mentions, ImmutableArray<Entity> Entities);

/// <summary>
/// Links entities to records of a knowledge base (<see cref="Entity.Links"/>), after entities are built. Runs once per
/// entity, not per token. Implementations must be immutable and thread-safe.
/// </summary>
public interface IEntityLinker
{
    /// <summary>Returns the entities in the same order, those it could link carrying <see cref="Entity.Links"/>.</summary>
    /// <param name="input">The article, mentions and entities.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    ImmutableArray<Entity> Link(in EntityLinkingInput input, CancellationToken cancellationToken);
}
