using System.Collections.Immutable;

namespace EntityKit;

/// <summary>
/// An entity of one article: the mentions that refer to the same person, organisation, place or value, with a
/// canonical name and a salience score.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Entity
{
    /// <summary>Creates an entity.</summary>
    /// <param name="name">The canonical (fullest) name.</param>
    /// <param name="type">The entity type.</param>
    /// <param name="aliases">Other surface forms used in the article, without the canonical name.</param>
    /// <param name="mentionIndexes">Indexes into <see cref="ArticleAnalysis.Mentions"/>, ascending.</param>
    /// <param name="salience">How central the entity is to the article, in [0, 1].</param>
    /// <param name="roles">Roles or titles the article gives the entity (for example "Defence Secretary").</param>
    /// <param name="firstOffset">Offset of the first mention in the text; -1 when not given.</param>
    /// <exception cref="ArgumentException">A name is empty, there are no mentions, or salience is outside [0, 1].</exception>
    public Entity(
        string name,
        EntityType type,
        IEnumerable<string> aliases,
        IEnumerable<int> mentionIndexes,
        double salience,
        IEnumerable<string>? roles = null,
        int firstOffset = -1)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(aliases);
        ArgumentNullException.ThrowIfNull(mentionIndexes);
        if (type.IsDefault)
        {
            throw new ArgumentException("An entity needs a type.", nameof(type));
        }

        if (!(salience >= 0 && salience <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(salience), salience, "Salience must be in [0, 1].");
        }

        Name = name;
        Type = type;
        Aliases = [.. aliases];
        MentionIndexes = [.. mentionIndexes.Order()];
        if (MentionIndexes.IsEmpty)
        {
            throw new ArgumentException("An entity needs at least one mention.", nameof(mentionIndexes));
        }

        Salience = salience;
        Roles = roles is null ? [] : [.. roles];
        ArgumentOutOfRangeException.ThrowIfLessThan(firstOffset, -1);
        FirstOffset = firstOffset;
    }

    /// <summary>The canonical (fullest) name, for example "Lloyd Austin".</summary>
    public string Name { get; }

    /// <summary>The entity type.</summary>
    public EntityType Type { get; }

    /// <summary>Other surface forms used in the article ("Mr Austin", "Austin").</summary>
    public ImmutableArray<string> Aliases { get; }

    /// <summary>Indexes of the entity's mentions in <see cref="ArticleAnalysis.Mentions"/>, ascending.</summary>
    public ImmutableArray<int> MentionIndexes { get; }

    /// <summary>Number of mentions.</summary>
    public int MentionCount => MentionIndexes.Length;

    /// <summary>How central the entity is to the article, in [0, 1].</summary>
    public double Salience { get; }

    /// <summary>Roles or titles the article gives the entity.</summary>
    public ImmutableArray<string> Roles { get; }

    /// <summary>Offset in the text of the entity's first mention, or -1 when the resolver did not give it.</summary>
    public int FirstOffset { get; }

    /// <summary>Links to knowledge-base records (for places: GeoNames ids with coordinates), best first; empty when
    /// the entity was not linked. Set by an <see cref="Linking.IEntityLinker"/>.</summary>
    public ImmutableArray<EntityLink> Links { get; private init; } = [];

    /// <summary>A copy of this entity with the given links instead of its own.</summary>
    /// <param name="links">The links, best first.</param>
    public Entity WithLinks(IEnumerable<EntityLink> links)
    {
        ArgumentNullException.ThrowIfNull(links);
        return new Entity(Name, Type, Aliases, MentionIndexes, Salience, Roles, FirstOffset) { Links = [.. links] };
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Name} ({Type}, {MentionCount} mention(s))";
}
