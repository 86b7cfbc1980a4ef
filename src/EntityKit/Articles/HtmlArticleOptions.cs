namespace EntityKit.Articles;

/// <summary>How <see cref="Article.FromHtml(string, string, HtmlArticleOptions)"/> turns a web page into an article.</summary>
/// <remarks>Immutable once built.</remarks>
public sealed record HtmlArticleOptions
{
    /// <summary>The options used when none are given.</summary>
    public static HtmlArticleOptions Default { get; } = new();

    /// <summary>The page's address, when known: it becomes <see cref="Article.Url"/> and helps the extractor resolve
    /// relative links. Nothing is downloaded. Default null (unknown).</summary>
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

    /// <summary>The deepest nesting of elements a page may have (default 256; the 88 real news pages of the extraction
    /// benchmark reach at most 49). A deeper page throws <see cref="HtmlNestingTooDeepException"/> before any parsing, found in one
    /// linear pass: parsing and extracting it costs time that grows faster than its depth (AngleSharp's tree
    /// building walks the open elements at each start tag; SmartReader's scoring walks each element's subtree), about
    /// 2 s at depth 256 and minutes for 100,000 nested <c>&lt;div&gt;</c>s. The depth is counted from the tags without building a tree: void elements and
    /// elements whose end tag may be omitted (<c>p</c>, <c>li</c>, <c>td</c>, <c>body</c>…) do not count, so a
    /// page's real tree may be a little deeper, and unclosed elements of other names keep counting.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxNestingDepth
    {
        get => _maxNestingDepth;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            _maxNestingDepth = value;
        }
    }

    private readonly int _maxNestingDepth = DefaultMaxNestingDepth;

    /// <summary>The default of <see cref="MaxNestingDepth"/>.</summary>
    public const int DefaultMaxNestingDepth = 256;
}
