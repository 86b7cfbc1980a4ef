using AngleSharp.Dom;

namespace EntityKit.Articles;

/// <summary>
/// Decides which elements of an article's main content are site chrome rather than article text: captions and photo
/// credits, bylines and author bios, share bars, newsletter, subscription and paywall blocks, related-story and
/// "Read more" links, advertisements and slideshow counters. The decisions use the element's name, its
/// <c>class</c>/<c>id</c>/<c>itemprop</c> words and its link text, never a particular site.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class HtmlChromeFilter
{
    /// <summary>Words of a class or id (split at spaces, '-' and '_', compared case-insensitively) that mark chrome.</summary>
    private static readonly HashSet<string> ChromeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "caption", "captions", "credit", "credits", "byline", "bylines", "author", "authors", "bio", "newsletter",
        "newsletters", "share", "sharing", "sharebar", "social", "related", "recirc", "promo", "advert",
        "advertisement", "ad", "ads", "paywall", "subscribe", "subscription", "signup", "breadcrumb", "breadcrumbs",
        "tags", "timestamp", "dateline", "comments", "readmore", "outbrain", "taboola", "slideshow", "counter",
        "standfirst", "dek", "subtitle", "tooltip", "popover", "popup", "modal",
    };

    /// <summary><c>itemprop</c> values of chrome: the caption and copyright holder of a picture, the author.</summary>
    private static readonly HashSet<string> ChromeItemProps = new(StringComparer.OrdinalIgnoreCase)
    {
        "caption", "copyrightHolder", "author", "creator",
    };

    /// <summary>Words that open a bracketed inline link such as "[Read: …]" or "[Related: …]".</summary>
    private static readonly string[] BracketedLinkCues = ["read", "related", "see", "also", "more", "watch", "listen"];

    private const int MaxLinkBlockWords = 30;
    private const double MinLinkShare = 0.9;
    private const double MaxChromeShareOfContent = 0.5;

    private readonly int _contentLength;

    /// <summary>A filter for one article's content.</summary>
    /// <param name="content">The main content element; no element holding more than half of its text is chrome, so a
    /// content wrapper whose class happens to contain a chrome word is never dropped.</param>
    public HtmlChromeFilter(IElement content)
    {
        ArgumentNullException.ThrowIfNull(content);
        _contentLength = Math.Max(1, content.TextContent.Length);
    }

    /// <summary>True when <paramref name="element"/> (with everything in it) is chrome.</summary>
    /// <param name="element">An element of the content.</param>
    public bool IsChrome(IElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        if (element.LocalName == "figcaption")
        {
            return true;
        }

        if (element.LocalName is "body" or "html" or "article" or "main")
        {
            return false;
        }

        var isMarked = HasChromeWord(element.GetAttribute("class")) || HasChromeWord(element.Id)
            || (element.GetAttribute("itemprop") is { } itemProp && ChromeItemProps.Contains(itemProp.Trim()));
        if (isMarked)
        {
            return element.TextContent.Length <= _contentLength * MaxChromeShareOfContent;
        }

        return IsLinkBlock(element);
    }

    private static bool HasChromeWord(string? attribute)
    {
        if (string.IsNullOrEmpty(attribute))
        {
            return false;
        }

        var lookup = ChromeWords.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var range in attribute.AsSpan().SplitAny(" \t\r\n-_"))
        {
            // "newsCaption" is the words "news" and "Caption".
            var part = attribute.AsSpan()[range];
            var start = 0;
            for (var i = 1; i <= part.Length; i++)
            {
                if (i == part.Length || (char.IsLower(part[i - 1]) && char.IsUpper(part[i])))
                {
                    if (i > start && lookup.Contains(part[start..i]))
                    {
                        return true;
                    }

                    start = i;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// A short paragraph, list item or heading whose words are all link text (a related headline), a cue followed by a
    /// link ("Read more: …", "Related: …"), or a bracketed inline link ("[Read: …]").
    /// </summary>
    private static bool IsLinkBlock(IElement element)
    {
        if (element.LocalName is not ("p" or "li" or "h2" or "h3" or "h4" or "h5" or "h6"))
        {
            return false;
        }

        var text = element.TextContent.AsSpan().Trim();
        if (text.IsEmpty)
        {
            return false;
        }

        var linkText = 0;
        foreach (var link in element.QuerySelectorAll("a"))
        {
            // A link shown as its address ("http://example.org/report") is a visible reference the author wrote.
            linkText += IsAddress(link.TextContent.AsSpan().Trim()) ? 0 : LetterCount(link.TextContent);
        }

        if (linkText == 0)
        {
            return false;
        }

        if (text[0] == '[' && text[^1] == ']' && StartsWithCue(text[1..]))
        {
            return true;
        }

        // "Read more: <a>…</a>", "Related: <a>…</a>": a cue, then mostly link.
        if (StartsWithCue(text) && linkText * 2 >= LetterCount(text) && CountWords(text) <= MaxLinkBlockWords)
        {
            return true;
        }

        return linkText >= MinLinkShare * LetterCount(text) && CountWords(text) <= MaxLinkBlockWords;
    }

    private static bool IsAddress(ReadOnlySpan<char> text) =>
        text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase);

    private static bool StartsWithCue(ReadOnlySpan<char> text)
    {
        foreach (var cue in BracketedLinkCues)
        {
            if (text.StartsWith(cue, StringComparison.OrdinalIgnoreCase) && (text.Length == cue.Length || !char.IsLetter(text[cue.Length])))
            {
                return true;
            }
        }

        return false;
    }

    private static int LetterCount(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
        {
            count += char.IsWhiteSpace(c) ? 0 : 1;
        }

        return count;
    }

    private static int CountWords(ReadOnlySpan<char> text)
    {
        var words = 0;
        foreach (var range in text.SplitAny(" \t\r\n"))
        {
            words += text[range].IsEmpty ? 0 : 1;
        }

        return words;
    }
}
