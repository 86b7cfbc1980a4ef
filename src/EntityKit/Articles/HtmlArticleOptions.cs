namespace EntityKit.Articles;

/// <summary>How <see cref="Article.FromHtml(string, string, HtmlArticleOptions)"/> turns a web page into an article.</summary>
/// <remarks>Immutable once built.</remarks>
public sealed record HtmlArticleOptions
{
    /// <summary>The options used when none are given.</summary>
    public static HtmlArticleOptions Default { get; } = new();

    /// <summary>The page's address, when known: it becomes <see cref="Article.Url"/> and helps the extractor resolve
    /// relative links. Nothing is downloaded.</summary>
    public Uri? Url { get; init; }

    /// <summary>
    /// When true, the headline is also the first paragraph of <see cref="Article.Text"/>, so that entities in the
    /// headline get mentions with offsets. Default false: the headline is only in <see cref="Article.Title"/>.
    /// </summary>
    public bool IncludeTitleInText { get; init; }

    /// <summary>
    /// When true (the default) and the extractor finds no main content, the visible text of the whole page body is
    /// used instead (scripts, styles, navigation, header, footer and asides left out).
    /// </summary>
    public bool FallBackToWholePage { get; init; } = true;
}
