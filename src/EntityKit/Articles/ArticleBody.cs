using System.Text;

namespace EntityKit.Articles;

/// <summary>
/// The article body as EntityKit sees it: the text of <see cref="Article.FromHtml(string, string, HtmlArticleOptions)"/>
/// without the boilerplate regions the analyzer would skip. This is what the article-extraction benchmark scores
/// (<c>entitykit eval-extraction</c>).
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class ArticleBody
{
    /// <summary>Extracts the body of a web page.</summary>
    /// <param name="html">The page's HTML.</param>
    /// <param name="options">How to read the page.</param>
    /// <param name="detector">Finds the boilerplate to leave out; <see cref="BoilerplateDetector.Default"/> when null.</param>
    /// <returns>The body's paragraphs, separated by blank lines.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> or <paramref name="options"/> is null.</exception>
    public static string FromHtml(string html, HtmlArticleOptions options, IBoilerplateDetector? detector = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(options);
        var text = Article.FromHtml("page", html, options).Text;
        var regions = new List<TextRegion>();
        (detector ?? BoilerplateDetector.Default).Detect(text, regions);
        return WithoutRegions(text, regions);
    }

    /// <summary>The paragraphs of <paramref name="text"/> left when the regions are cut out, separated by blank lines.</summary>
    /// <param name="text">A text.</param>
    /// <param name="regions">Regions of that text, in text order and not overlapping.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string WithoutRegions(string text, IReadOnlyList<TextRegion> regions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(regions);
        var kept = new StringBuilder(text.Length);
        var position = 0;
        foreach (var region in regions)
        {
            AppendLines(kept, text.AsSpan(position, Math.Max(0, region.Start - position)));
            position = Math.Max(position, region.End);
        }

        AppendLines(kept, text.AsSpan(position));
        return kept.ToString();
    }

    private static void AppendLines(StringBuilder kept, ReadOnlySpan<char> part)
    {
        foreach (var range in part.SplitAny('\n', '\r'))
        {
            var line = part[range].Trim();
            if (line.IsEmpty)
            {
                continue;
            }

            if (kept.Length > 0)
            {
                kept.Append("\n\n");
            }

            kept.Append(line);
        }
    }
}
