namespace EntityKit.Input;

/// <summary>
/// Reads a plain-text file as one article whose id is the file name without its extension. The text is kept exactly
/// as stored (line ends included) apart from a leading UTF-8 byte-order mark, so offsets refer to the file's content.
/// A file that is really a whole HTML page (see <see cref="HtmlPageDetector"/>) is read as HTML instead, like a
/// <c>.html</c> file (<see cref="HtmlPageReader"/>).
/// </summary>
public static class TextArticleReader
{
    /// <summary>Reads a text file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The article, or an error record when the file cannot be read or is not valid UTF-8.</returns>
    public static ArticleInput ReadFile(string path) => Utf8FileText.ReadFile(path, ToInput);

    /// <summary>Decodes the bytes of one text article.</summary>
    /// <param name="bytes">The UTF-8 bytes, optionally with a byte-order mark.</param>
    /// <param name="id">The article's id.</param>
    /// <param name="sourceName">The name used in errors, such as the file path.</param>
    /// <returns>The article (read as HTML when the text is a whole HTML page), or an error record when the bytes are
    /// not valid UTF-8.</returns>
    public static ArticleInput Read(ReadOnlySpan<byte> bytes, string id, string sourceName) =>
        Utf8FileText.Read(bytes, id, sourceName, ToInput);

    private static ArticleInput ToInput(string text, string id, string sourceName) =>
        HtmlPageDetector.IsHtmlPage(text)
            ? HtmlPageReader.FromHtml(text, id, sourceName)
            : ArticleInput.FromArticle(new Article(id, text), sourceName, 0);
}
