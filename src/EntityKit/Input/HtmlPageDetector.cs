namespace EntityKit.Input;

/// <summary>
/// Tells whether a text given as plain text is really a whole HTML page: it starts (after whitespace and a
/// byte-order mark) with a doctype or an <c>&lt;html</c> tag. Such a text is read as HTML, never analysed as text,
/// where its scripts, styles and SVG would come out as mentions.
/// </summary>
public static class HtmlPageDetector
{
    /// <summary>True when <paramref name="text"/> starts with <c>&lt;!DOCTYPE html</c> or <c>&lt;html</c> (any case),
    /// after leading whitespace.</summary>
    /// <param name="text">The text.</param>
    public static bool IsHtmlPage(ReadOnlySpan<char> text)
    {
        var start = text.TrimStart("\uFEFF \t\r\n\f");
        return StartsWithTag(start, "<!doctype html") || StartsWithTag(start, "<html");
    }

    /// <summary>The tag name must end where the prefix ends: "&lt;html&gt;" and "&lt;html lang" count, "&lt;htmlx" does not.</summary>
    private static bool StartsWithTag(ReadOnlySpan<char> text, string prefix) =>
        text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
        && (text.Length == prefix.Length || text[prefix.Length] is '>' or ' ' or '\t' or '\r' or '\n' or '\f' or '/');
}
