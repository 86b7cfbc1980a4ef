using AngleSharp.Html.Parser;

namespace EntityKit.Articles;

/// <summary>
/// The address a web page states for itself: its <c>&lt;link rel="canonical"&gt;</c>, else its
/// <c>&lt;meta property="og:url"&gt;</c>; only absolute http(s) addresses count. Only the page's head is parsed (with
/// AngleSharp), so this costs little next to the extraction of the body.
/// </summary>
internal static class HtmlPageUrl
{
    public static string? Find(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var head = new HtmlParser().ParseDocument(html[..HeadEnd(html)]).Head;
        if (head is null)
        {
            return null;
        }

        var canonical = head.QuerySelector("link[rel~='canonical' i][href]")?.GetAttribute("href");
        var openGraph = head.QuerySelector("meta[property='og:url' i][content]")?.GetAttribute("content");
        return AbsoluteHttp(canonical) ?? AbsoluteHttp(openGraph);
    }

    /// <summary>Where the head ends: its end tag, else (it may be omitted) the body's start tag, else a bound, so that
    /// a page without either is not parsed twice whole.</summary>
    private static int HeadEnd(string html)
    {
        const int MaxHeadLength = 64 * 1024;
        var end = html.IndexOf("</head", StringComparison.OrdinalIgnoreCase);
        if (end < 0)
        {
            end = html.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
        }

        return end < 0 ? Math.Min(html.Length, MaxHeadLength) : end;
    }

    private static string? AbsoluteHttp(string? value) =>
        Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.ToString()
            : null;
}
