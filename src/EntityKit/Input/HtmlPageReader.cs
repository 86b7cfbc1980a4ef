using EntityKit.Articles;

namespace EntityKit.Input;

/// <summary>
/// Reads an HTML file (<c>.html</c>, <c>.htm</c>) as one article whose id is the file name without its extension,
/// with the library's HTML reader (<see cref="Article.FromHtml(string, string)"/>): the headline, publication date,
/// address and language the page states become the article's metadata, and the main content, as plain text, its
/// <see cref="Article.Text"/>, which every offset of the analysis then points into.
/// </summary>
/// <remarks>The file must be UTF-8 (a byte-order mark is accepted); other encodings give an error record that says
/// where the first byte that is not UTF-8 is. The page is extracted on the first use of
/// <see cref="ArticleInput.Article"/> (see <see cref="ArticleInput.FromPage"/>).</remarks>
public static class HtmlPageReader
{
    /// <summary>Reads an HTML file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The article, or an error record when the file cannot be read or is not valid UTF-8.</returns>
    public static ArticleInput ReadFile(string path) => Utf8FileText.ReadFile(path, FromHtml);

    /// <summary>Reads the bytes of one HTML page.</summary>
    /// <param name="bytes">The UTF-8 bytes, optionally with a byte-order mark.</param>
    /// <param name="id">The article's id.</param>
    /// <param name="sourceName">The name used in errors, such as the file path.</param>
    /// <returns>The article, or an error record when the bytes are not valid UTF-8.</returns>
    public static ArticleInput Read(ReadOnlySpan<byte> bytes, string id, string sourceName) =>
        Utf8FileText.Read(bytes, id, sourceName, FromHtml);

    /// <summary>The record of a page read from a whole file.</summary>
    internal static ArticleInput FromHtml(string html, string id, string sourceName) =>
        FromPage(id, html, HtmlArticleOptions.Default, sourceName, 0, page => page);

    /// <summary>
    /// The record of a page, extracted on first use. A page nested deeper than
    /// <see cref="HtmlArticleOptions.MaxNestingDepth"/> is found now, in one linear pass, and becomes an error record
    /// in its place (<c>FILE[:LINE]: Page 'x' nests elements deeper than …</c>), so a batch goes on without it.
    /// </summary>
    /// <param name="id">The article's id.</param>
    /// <param name="html">The page.</param>
    /// <param name="options">How the page is read.</param>
    /// <param name="sourceName">The name used in errors, such as the file path.</param>
    /// <param name="line">The 1-based line number, or 0 for a whole file.</param>
    /// <param name="complete">Completes the extracted article, for example with metadata the record states.</param>
    internal static ArticleInput FromPage(
        string id, string html, HtmlArticleOptions options, string sourceName, long line, Func<Article, Article> complete) =>
        HtmlArticleReader.TooDeepProblem(id, html, options) is { } problem
            ? ArticleInput.FromError(new ArticleReadError(id, sourceName, line, problem.Message))
            : ArticleInput.FromPage(id, () => complete(HtmlArticleReader.ReadChecked(id, html, options)), sourceName, line);
}
