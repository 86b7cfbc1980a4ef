namespace EntityKit.Input;

/// <summary>
/// One record read from an article source: either an <see cref="EntityKit.Article"/> or an
/// <see cref="ArticleReadError"/> that says where the record is and why it could not be read.
/// </summary>
/// <remarks>Immutable. Readers yield one per record, in source order, so a bad record never hides the good ones.</remarks>
public sealed class ArticleInput
{
    private readonly Article? _article;

    /// <summary>A web page whose text is extracted on first use: extraction is the costly part of reading a page, and
    /// <see cref="ArticleInputAnalysis"/> does it in parallel rather than on the reading thread.</summary>
    private readonly Lazy<Article>? _page;

    private readonly string? _pageId;

    private ArticleInput(Article? article, ArticleReadError? error, string source, long line, ArticleInputFormat format)
    {
        _article = article;
        Format = format;
        Error = error;
        Source = source;
        Line = line;
    }

    /// <summary>The article, or null when the record could not be read. For a web page, the first use extracts it
    /// (thread-safe, once).</summary>
    public Article? Article => _article ?? _page?.Value;

    /// <summary>Why the record could not be read, or null when it was.</summary>
    public ArticleReadError? Error { get; }

    /// <summary>The file path as given, or <c>stdin</c>.</summary>
    public string Source { get; }

    /// <summary>Whether the article was read from plain text or from an HTML page (then its text is the page's
    /// extracted text).</summary>
    public ArticleInputFormat Format { get; }

    /// <summary>The 1-based line number of the record, or 0 when the record is a whole file.</summary>
    public long Line { get; }

    /// <summary>The article's identifier, or the error's (possibly stand-in) identifier.</summary>
    public string Id => _article?.Id ?? _pageId ?? Error!.Id;

    /// <summary>True when the record was read as an article.</summary>
    public bool IsArticle => _article is not null || _page is not null;

    /// <summary>The location of the record, for example <c>news.jsonl:17</c> or <c>a.txt</c>.</summary>
    public string Location => Line > 0 ? $"{Source}:{Line}" : Source;

    /// <summary>Wraps an article that was read successfully.</summary>
    /// <param name="article">The article.</param>
    /// <param name="source">The file path as given, or <c>stdin</c>.</param>
    /// <param name="line">The 1-based line number, or 0 for a whole file.</param>
    /// <param name="format">What the article was read from.</param>
    public static ArticleInput FromArticle(Article article, string source, long line, ArticleInputFormat format = ArticleInputFormat.Text)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfNegative(line);
        return new ArticleInput(article, null, source, line, format);
    }

    /// <summary>
    /// Wraps a web page (<see cref="ArticleInputFormat.Html"/>) whose article is extracted by
    /// <paramref name="extract"/> on the first use of <see cref="Article"/>, so that a batch can extract pages in
    /// parallel.
    /// </summary>
    /// <param name="id">The article's id; <paramref name="extract"/> must give an article with this id.</param>
    /// <param name="extract">Extracts the article, typically with <see cref="Article.FromHtml(string, string)"/>; it
    /// must not throw.</param>
    /// <param name="source">The file path as given, or <c>stdin</c>.</param>
    /// <param name="line">The 1-based line number, or 0 for a whole file.</param>
    public static ArticleInput FromPage(string id, Func<Article> extract, string source, long line)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(extract);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfNegative(line);
        return new ArticleInput(id, new Lazy<Article>(extract, LazyThreadSafetyMode.ExecutionAndPublication), source, line);
    }

    private ArticleInput(string id, Lazy<Article> page, string source, long line)
    {
        _pageId = id;
        _page = page;
        Format = ArticleInputFormat.Html;
        Source = source;
        Line = line;
    }

    /// <summary>Wraps a record that could not be read.</summary>
    /// <param name="error">What is wrong and where.</param>
    public static ArticleInput FromError(ArticleReadError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new ArticleInput(null, error, error.Source, error.Line, ArticleInputFormat.Text);
    }
}
