namespace EntityKit;

/// <summary>
/// A news article to analyse: an identifier chosen by the caller and its text, with optional metadata.
/// </summary>
/// <remarks>
/// Immutable. Every offset the analyzer reports is into <see cref="Text"/> exactly as given, never into a cleaned
/// copy. An empty or whitespace-only text is valid and yields an empty analysis.
/// </remarks>
public sealed record Article
{
    /// <summary>Creates an article.</summary>
    /// <param name="id">The caller's identifier, carried into the result; not checked for uniqueness.</param>
    /// <param name="text">The article's plain text (may be empty).</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="text"/> is null.</exception>
    public Article(string id, string text)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        Id = id;
        Text = text;
    }

    /// <summary>The caller's identifier.</summary>
    public string Id { get; }

    /// <summary>The article's plain text.</summary>
    public string Text { get; }

    /// <summary>The headline, when known separately from the text.</summary>
    public string? Title { get; init; }

    /// <summary>Where the article was published.</summary>
    public string? Url { get; init; }

    /// <summary>When the article was published.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>An IETF language tag such as <c>en</c>, when known.</summary>
    public string? Language { get; init; }
}
