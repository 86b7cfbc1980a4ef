using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using System.Runtime.InteropServices;
using AngleSharp.Text;

namespace EntityKit.Articles;

/// <summary>
/// Finds, in one linear pass of AngleSharp's tokenizer (no tree is built), the first start tag that opens an element
/// nested deeper than a limit. Building the tree of a deeply nested page costs time proportional to its tags times its
/// depth (the HTML parser walks the stack of open elements for each start tag), so a page of 100,000 nested
/// <c>&lt;div&gt;</c>s took minutes; this pass lets <see cref="HtmlArticleReader"/> refuse such a page before any
/// parsing.
/// </summary>
/// <remarks>
/// The depth counted is an estimate that never needs a tree: void elements (<c>br</c>, <c>img</c>…), elements whose end
/// tag may be omitted (<c>p</c>, <c>li</c>, <c>td</c>, <c>option</c>, <c>html</c>, <c>body</c>…, which the parser
/// closes by itself) and self-closing tags inside SVG or MathML do not count; an end tag closes one open element of its
/// name, and an end tag of a name that is not open is ignored. Unclosed elements of other names keep counting, so a
/// page that never closes its <c>&lt;span&gt;</c>s is counted deeper than its tree. The text of scripts, styles,
/// titles and text areas is skipped as the parser skips it. Stateless and thread-safe.
/// </remarks>
internal static class HtmlNestingScanner
{
    private static readonly HashSet<string> VoidElements = new(StringComparer.Ordinal)
    {
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input", "keygen",
        "link", "meta", "param", "source", "track", "wbr",
    };

    private static readonly HashSet<string> OptionalEndElements = new(StringComparer.Ordinal)
    {
        "html", "head", "body", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody",
        "tfoot", "colgroup", "caption", "rb", "rt", "rtc", "rp",
    };

    /// <summary>Where the first element deeper than <paramref name="maxDepth"/> opens, or null when none does.</summary>
    /// <param name="html">The page.</param>
    /// <param name="maxDepth">The deepest nesting allowed (1 = elements without children only).</param>
    public static TextPosition? FindTooDeep(string html, int maxDepth)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDepth, 1);
        var tokenizer = new HtmlTokenizer(new TextSource(html), HtmlEntityProvider.Resolver)
        {
            SkipDataText = true,
            SkipComments = true,
            SkipRawText = true,
            SkipRCDataText = true,
            SkipScriptText = true,
            SkipPlaintext = true,
            SkipCDATA = true,
            SkipProcessingInstructions = true,
        };
        var open = new Dictionary<string, int>(StringComparer.Ordinal);
        var depth = 0;
        var foreignDepth = 0;
        for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
        {
            if (token.Type == HtmlTokenType.StartTag)
            {
                var name = token.Name;
                var isForeign = foreignDepth > 0 || name is "svg" or "math";
                if (VoidElements.Contains(name) || OptionalEndElements.Contains(name)
                    || (isForeign && ((HtmlTagToken)token).IsSelfClosing))
                {
                    continue;
                }

                if (++depth > maxDepth)
                {
                    return token.Position;
                }

                CollectionsMarshal.GetValueRefOrAddDefault(open, name, out _)++;
                foreignDepth += name is "svg" or "math" ? 1 : 0;
                if (foreignDepth == 0)
                {
                    tokenizer.State = TextStateAfter(name, tokenizer.State);
                }
            }
            else if (token.Type == HtmlTokenType.EndTag && open.TryGetValue(token.Name, out var count) && count > 0)
            {
                open[token.Name] = count - 1;
                depth--;
                foreignDepth -= token.Name is "svg" or "math" ? 1 : 0;
            }
        }

        return null;
    }

    /// <summary>How the parser reads what follows a start tag: the content of a script, style or title is text.</summary>
    private static HtmlParseMode TextStateAfter(string name, HtmlParseMode current) => name switch
    {
        "script" => HtmlParseMode.Script,
        "style" or "xmp" or "iframe" or "noembed" or "noframes" => HtmlParseMode.Rawtext,
        "title" or "textarea" => HtmlParseMode.RCData,
        "plaintext" => HtmlParseMode.Plaintext,
        _ => current,
    };
}
