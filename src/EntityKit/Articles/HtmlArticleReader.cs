using AngleSharp.Html.Parser;
using SmartReader;

namespace EntityKit.Articles;

/// <summary>
/// Turns a web page into an <see cref="Article"/>: SmartReader (a port of Mozilla Readability) finds the headline and
/// the main content; <see cref="HtmlTextRenderer"/> renders that content as plain text with blank lines between
/// paragraphs. No HTML is parsed by hand.
/// </summary>
internal static class HtmlArticleReader
{
    private const string PlaceholderUrl = "https://localhost/";

    public static Article Read(string id, string html, HtmlArticleOptions options)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(options);
        if (TooDeepProblem(id, html, options) is { } problem)
        {
            throw problem;
        }

        return ReadChecked(id, html, options);
    }

    /// <summary>The error a page nested deeper than <see cref="HtmlArticleOptions.MaxNestingDepth"/> gets, or null
    /// when it is within the limit (one linear pass, no tree built). Readers of batches call it up front, so that such
    /// a page becomes an error record in its place, and then read the page with <see cref="ReadChecked"/>.</summary>
    public static HtmlNestingTooDeepException? TooDeepProblem(string id, string html, HtmlArticleOptions options) =>
        HtmlNestingScanner.FindTooDeep(html, options.MaxNestingDepth) is { } position
            ? new HtmlNestingTooDeepException(id, position.Line, position.Column, options.MaxNestingDepth)
            : null;

    /// <summary><see cref="Read"/> of a page whose nesting <see cref="TooDeepProblem"/> has already accepted.</summary>
    public static Article ReadChecked(string id, string html, HtmlArticleOptions options)
    {
        var extracted = string.IsNullOrWhiteSpace(html) ? null : TryExtract(html, options);
        var title = NullIfBlank(extracted?.Title);
        var text = extracted?.Text ?? string.Empty;
        if (text.Length == 0 && options.FallBackToWholePage && !string.IsNullOrWhiteSpace(html))
        {
            text = RenderWholePage(html);
        }

        if (options.IncludeTitleInText && title is not null && !text.StartsWith(title, StringComparison.Ordinal))
        {
            text = text.Length == 0 ? title : title + "\n\n" + text;
        }

        return new Article(id, text)
        {
            Title = title,
            Url = options.Url?.ToString() ?? HtmlPageUrl.Find(html),
            Language = NullIfBlank(extracted?.Language),
            Published = extracted?.Published,
        };
    }

    private static Extracted? TryExtract(string html, HtmlArticleOptions options)
    {
        SmartReader.Article page;
        try
        {
            // Classes are kept so that HtmlChromeFilter can recognise captions, share bars and the like by name.
            var reader = new Reader(options.Url?.ToString() ?? PlaceholderUrl, html) { KeepClasses = true };
            page = reader.GetArticle();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // The extractor is a heuristic over arbitrary markup; a page it cannot handle is treated as having no
            // main content, and the caller falls back to the whole page (documented in docs/ARTICLES.md).
            return null;
        }

        var text = string.IsNullOrWhiteSpace(page.Content)
            ? string.Empty
            : WithoutRepeats(RenderContent(page.Content), NullIfBlank(page.Title), options.Url?.ToString());
        DateTimeOffset? published = page.PublicationDate is { } date
            ? new DateTimeOffset(date.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(date, DateTimeKind.Utc) : date.ToUniversalTime())
            : null;
        return new Extracted(page.Title, text, page.Language, published);
    }

    /// <summary>The text without paragraphs that only repeat the headline (kept in <see cref="Article.Title"/>) or the
    /// page's own address.</summary>
    private static string WithoutRepeats(string text, string? title, string? url)
    {
        if (title is null && url is null)
        {
            return text;
        }

        var paragraphs = text.Split("\n\n");
        var kept = paragraphs.Where(p => !IsRepeat(p, title) && !IsRepeat(p, url)).ToList();
        return kept.Count == paragraphs.Length ? text : string.Join("\n\n", kept);
    }

    private static bool IsRepeat(string paragraph, string? value) =>
        value is not null && paragraph.AsSpan().Trim().Equals(value.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase);

    private static string RenderContent(string content)
    {
        var body = new HtmlParser().ParseDocument(content).Body!;
        return HtmlTextRenderer.Render(body, skipChrome: false, new HtmlChromeFilter(body));
    }

    private static string RenderWholePage(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        return document.Body is null ? string.Empty : HtmlTextRenderer.Render(document.Body, skipChrome: true, new HtmlChromeFilter(document.Body));
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private sealed record Extracted(string? Title, string Text, string? Language, DateTimeOffset? Published);
}
