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

    /// <summary>
    /// Builds the entities of an article knowing its headline and boilerplate too; the analyzer calls this one. The
    /// default ignores the extra context and calls <see cref="Resolve(string, ImmutableArray{EntityMention}, CancellationToken)"/>.
    /// </summary>
    /// <param name="input">The article's text, mentions, headline and boilerplate regions.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    ImmutableArray<Entity> Resolve(ResolutionInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Resolve(input.Text, input.Mentions, cancellationToken);
    }
}

/// <summary>What an <see cref="IEntityResolver"/> sees of an article.</summary>
/// <remarks>Immutable.</remarks>
public sealed record ResolutionInput
{
    /// <summary>Creates the input.</summary>
    /// <param name="text">The article's text.</param>
    /// <param name="mentions">Its mentions, in text order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ResolutionInput(string text, ImmutableArray<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        Mentions = mentions.IsDefault ? [] : mentions;
    }

    /// <summary>The article's text.</summary>
    public string Text { get; }

    /// <summary>Its mentions, in text order.</summary>
    public ImmutableArray<EntityMention> Mentions { get; }

    /// <summary>The headline when it is known apart from the text (<see cref="Article.Title"/>), or null.</summary>
    public string? Title { get; init; }

    /// <summary>Boilerplate regions of the text, in order; empty when none were found or detection is off.</summary>
    public ImmutableArray<TextRegion> Boilerplate { get; init; } = [];

    /// <summary>Names and clusters already computed for <see cref="Mentions"/> by type consistency, or null.</summary>
    internal Resolution.MentionClustering? Clustering { get; init; }
}
