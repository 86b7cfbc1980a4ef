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
        var headEnd = html.IndexOf("</head", StringComparison.OrdinalIgnoreCase);
        var head = new HtmlParser().ParseDocument(headEnd < 0 ? html : html[..headEnd]).Head;
        if (head is null)
        {
            return null;
        }

        var canonical = head.QuerySelector("link[rel~='canonical' i][href]")?.GetAttribute("href");
        var openGraph = head.QuerySelector("meta[property='og:url' i][content]")?.GetAttribute("content");
        return AbsoluteHttp(canonical) ?? AbsoluteHttp(openGraph);
    }

    private static string? AbsoluteHttp(string? value) =>
        Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.ToString()
            : null;
}
