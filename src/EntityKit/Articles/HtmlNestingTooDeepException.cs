namespace EntityKit.Articles;

/// <summary>
/// Thrown by <see cref="Article.FromHtml(string, string, HtmlArticleOptions)"/> when a page nests elements deeper than
/// <see cref="HtmlArticleOptions.MaxNestingDepth"/>: building such a page's tree would cost time proportional to its
/// tags times its depth (minutes for 100,000 nested <c>&lt;div&gt;</c>s), so it is refused before any parsing. In a
/// batch read with <see cref="Input.HtmlPageReader"/> or <see cref="Input.JsonlArticleReader"/> such a page becomes an
/// error record in its place and the other articles are analysed.
/// </summary>
public sealed class HtmlNestingTooDeepException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="articleId">The article's identifier.</param>
    /// <param name="line">The 1-based line of the page where the first element beyond the limit opens.</param>
    /// <param name="column">The 1-based column of that element's start tag.</param>
    /// <param name="maxDepth">The configured maximum.</param>
    public HtmlNestingTooDeepException(string articleId, int line, int column, int maxDepth)
        : base(Describe(articleId, line, column, maxDepth))
    {
        ArticleId = articleId;
        Line = line;
        Column = column;
        MaxDepth = maxDepth;
    }

    /// <summary>The article's identifier.</summary>
    public string ArticleId { get; }

    /// <summary>The 1-based line of the page where the first element beyond the limit opens.</summary>
    public int Line { get; }

    /// <summary>The 1-based column of that element's start tag.</summary>
    public int Column { get; }

    /// <summary>The configured maximum nesting depth.</summary>
    public int MaxDepth { get; }

    private static string Describe(string articleId, int line, int column, int maxDepth) =>
        $"Page '{articleId}' nests elements deeper than the maximum of {maxDepth:N0} (HtmlArticleOptions.MaxNestingDepth): "
        + $"the element at line {line:N0}, column {column:N0} is too deep; the page is not read.";
}
