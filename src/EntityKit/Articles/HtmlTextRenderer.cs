using System.Text;
using AngleSharp.Dom;

namespace EntityKit.Articles;

/// <summary>
/// Renders an HTML element tree as plain text: block elements become paragraphs separated by a blank line,
/// <c>&lt;br&gt;</c> a line break, runs of whitespace one space (except inside <c>&lt;pre&gt;</c>); scripts, styles and
/// other invisible elements are skipped.
/// </summary>
internal static class HtmlTextRenderer
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt",
        "dd", "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "figure", "figcaption", "hr", "address",
        "details", "summary", "caption", "center", "header", "footer", "nav", "aside", "menu", "fieldset", "legend",
        "hgroup", "main",
    };

    /// <summary>Elements inside which the texts of two elements that touch (no space between them) are separate lines:
    /// a caption's text and its photo credit are often adjacent <c>span</c>s styled as blocks, which would otherwise
    /// read "… underground.CreditChang W. Lee". "Photo by <b>Ann</b> Lee" keeps its spaces and stays one line.</summary>
    private static readonly HashSet<string> LinePerChildElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "figcaption", "figure", "caption",
    };

    private static readonly HashSet<string> InvisibleElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "embed", "head", "button",
        "select", "option", "input", "textarea", "form",
    };

    private static readonly HashSet<string> ChromeElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "nav", "header", "footer", "aside", "menu",
    };

    /// <summary>The plain text of <paramref name="root"/>.</summary>
    /// <param name="root">The element to render.</param>
    /// <param name="skipChrome">Also skip navigation, header, footer and aside elements.</param>
    /// <param name="chromeFilter">Skips the elements it calls chrome (captions, share bars, related links…); none when null.</param>
    public static string Render(INode root, bool skipChrome, HtmlChromeFilter? chromeFilter = null)
    {
        var writer = new Writer();
        new Walk(writer, skipChrome, chromeFilter).Visit(root, preformatted: false);
        return writer.ToString();
    }

    /// <summary>One rendering pass over a tree.</summary>
    /// <param name="Writer">Receives the text.</param>
    /// <param name="SkipChrome">Skip navigation, header, footer and aside elements.</param>
    /// <param name="ChromeFilter">Skips the elements it calls chrome; none when null.</param>
    /// <param name="InCaption">Inside a figure or caption: texts of adjacent elements that touch are separate lines.</param>
    private readonly record struct Walk(Writer Writer, bool SkipChrome, HtmlChromeFilter? ChromeFilter, bool InCaption = false)
    {
        public void Visit(INode node, bool preformatted)
        {
            var writer = Writer;
            var skipChrome = SkipChrome;
            switch (node)
            {
                case IText textNode:
                    writer.AppendText(textNode.Data, preformatted);
                    return;
                case IElement element:
                    var name = element.LocalName;
                    if (InvisibleElements.Contains(name) || (skipChrome && ChromeElements.Contains(name)) || element.HasAttribute("hidden")
                        || ChromeFilter?.IsChrome(element) == true)
                    {
                        return;
                    }

                    if (name.Equals("br", StringComparison.OrdinalIgnoreCase))
                    {
                        writer.BreakLine();
                        return;
                    }

                    var isBlock = BlockElements.Contains(name);
                    if (isBlock)
                    {
                        writer.BreakParagraph();
                    }
                    else if (name is "td" or "th")
                    {
                        writer.AppendText(" ", preformatted: false);
                    }

                    var isPre = preformatted || name.Equals("pre", StringComparison.OrdinalIgnoreCase);
                    var inCaption = InCaption || LinePerChildElements.Contains(name);
                    var walk = this with { InCaption = inCaption };
                    foreach (var child in element.ChildNodes)
                    {
                        if (inCaption && child is IElement)
                        {
                            writer.SeparateIfGlued();
                        }

                        walk.Visit(child, isPre);
                        if (inCaption && child is IElement)
                        {
                            writer.SeparateIfGlued();
                        }
                    }

                    if (isBlock)
                    {
                        writer.BreakParagraph();
                    }

                    return;
                default:
                    foreach (var child in node.ChildNodes)
                    {
                        Visit(child, preformatted);
                    }

                    return;
            }
        }
    }

    /// <summary>Accumulates text, with breaks applied lazily so that none leads or trails and none doubles up.</summary>
    private sealed class Writer
    {
        private readonly StringBuilder _text = new();
        private int _pendingBreaks;
        private bool _pendingSpace;
        private bool _separateIfGlued;

        public void BreakLine() => _pendingBreaks = Math.Max(_pendingBreaks, 1);

        public void BreakParagraph() => _pendingBreaks = 2;

        /// <summary>The next text starts a new line unless whitespace or a break separates it from the last.</summary>
        public void SeparateIfGlued() => _separateIfGlued = true;

        public void AppendText(string data, bool preformatted)
        {
            foreach (var c in data)
            {
                if (preformatted && c == '\n')
                {
                    BreakLine();
                    _pendingSpace = false;
                }
                else if (char.IsWhiteSpace(c) && c != '\u00A0')
                {
                    _pendingSpace = true;
                }
                else
                {
                    Flush();
                    _text.Append(c == '\u00A0' ? ' ' : c);
                }
            }
        }

        private void Flush()
        {
            if (_text.Length == 0)
            {
                _pendingBreaks = 0;
                _pendingSpace = false;
                _separateIfGlued = false;
                return;
            }

            if (_pendingBreaks > 0)
            {
                _text.Append('\n', _pendingBreaks);
            }
            else if (_pendingSpace)
            {
                _text.Append(' ');
            }
            else if (_separateIfGlued)
            {
                _text.Append('\n');
            }

            _pendingBreaks = 0;
            _pendingSpace = false;
            _separateIfGlued = false;
        }

        public override string ToString() => _text.ToString();
    }
}
