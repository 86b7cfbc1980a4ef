using EntityKit.Articles;

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

    /// <summary>
    /// Creates an article from a web page: the headline becomes <see cref="Title"/> and the main content, found by
    /// SmartReader and rendered as plain text with a blank line between paragraphs, becomes <see cref="Text"/>; every
    /// offset of the analysis then refers to that text. Page language, publication date and address (canonical link
    /// or <c>og:url</c>) are kept when the page states them. Nothing is downloaded.
    /// </summary>
    /// <param name="id">The caller's identifier.</param>
    /// <param name="html">The page's HTML. Empty, blank or unreadable markup yields an article with empty text, never
    /// an exception, except markup nested deeper than <see cref="HtmlArticleOptions.MaxNestingDepth"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="html"/> is null.</exception>
    /// <exception cref="HtmlNestingTooDeepException">The page nests elements deeper than
    /// <see cref="HtmlArticleOptions.MaxNestingDepth"/> (default 256); found in one linear pass before any parsing.</exception>
    public static Article FromHtml(string id, string html) => FromHtml(id, html, HtmlArticleOptions.Default);

    /// <summary>Creates an article from a web page with the given options; see <see cref="FromHtml(string, string)"/>.</summary>
    /// <param name="id">The caller's identifier.</param>
    /// <param name="html">The page's HTML.</param>
    /// <param name="options">How to extract the article.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="HtmlNestingTooDeepException">The page nests elements deeper than
    /// <see cref="HtmlArticleOptions.MaxNestingDepth"/>.</exception>
    public static Article FromHtml(string id, string html, HtmlArticleOptions options) => HtmlArticleReader.Read(id, html, options);

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
