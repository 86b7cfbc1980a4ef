using EntityKit.Input;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace EntityKit.Cli.Output.Html;

/// <summary>
/// Writes one self-contained HTML page (no scripts, no external files) for people to look at: per article its text
/// with every mention highlighted in its type's colour (type, confidence and entity on hover), boilerplate greyed,
/// a legend of the types present, and the entity table with aliases, roles, mention counts and salience. Articles
/// are written as they come; <see cref="Dispose"/> closes the page.
/// </summary>
internal sealed class HtmlAnalysisWriter : IAnalysisWriter, IDisposable
{
    /// <summary>The length of the salience bar of an entity of salience 1.</summary>
    private const double MaxBarRem = 8;

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private readonly TextWriter _output;
    private bool _started;
    private bool _finished;
    private int _articles;

    public HtmlAnalysisWriter(TextWriter output) => _output = output;

    public void Write(ArticleInputResult result)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        var analysis = result.Analysis;
        if (!_started)
        {
            _output.Write(HtmlPage.Head);
            _started = true;
        }

        _articles++;
        _output.Write($"<section class=\"article\"><h2>{Encode(analysis.Id)}</h2>\n");
        if (analysis.Error is { } error)
        {
            _output.Write($"<p class=\"error\">Not analysed: {Encode(error.Message)}</p></section>\n");
            return;
        }

        _output.Write(string.Create(
            CultureInfo.InvariantCulture,
            $"<p class=\"counts\">{analysis.Text.Length:N0} characters · {analysis.Sentences.Length} sentences · {analysis.Tokens.Length} tokens · {analysis.Mentions.Length} mentions · {analysis.Entities.Length} entities · {analysis.Boilerplate.Length} boilerplate regions</p>\n"));
        WriteLegend(analysis);
        _output.Write("<div class=\"text\">");
        ArticleTextRenderer.Write(_output, analysis, Encoder);
        _output.Write("</div>\n");
        WriteEntityTable(analysis);
        _output.Write("</section>\n");
    }

    /// <summary>Closes the page (an empty input still gets a complete page that says so).</summary>
    public void Dispose()
    {
        if (_finished)
        {
            return;
        }

        _finished = true;
        if (!_started)
        {
            _output.Write(HtmlPage.Head);
        }

        if (_articles == 0)
        {
            _output.Write("<p class=\"counts\">No articles.</p>\n");
        }

        _output.Write(HtmlPage.Foot);
        _output.Flush();
    }

    private void WriteLegend(ArticleAnalysis analysis)
    {
        var types = analysis.Mentions.Select(m => m.Type).Distinct().OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        _output.Write("<p class=\"legend\">");
        foreach (var type in types)
        {
            _output.Write($"<span class=\"chip\" style=\"background:{EntityTypeColors.Of(type)}\">{Encode(type.Name)}</span> ");
        }

        _output.Write(string.Create(
            CultureInfo.InvariantCulture,
            $"<span class=\"chip low\">confidence &lt; {ArticleTextRenderer.LowConfidence:0.0}</span> <span class=\"chip boilerplate\">boilerplate</span></p>\n"));
    }

    private void WriteEntityTable(ArticleAnalysis analysis)
    {
        if (analysis.Entities.IsEmpty)
        {
            _output.Write("<p class=\"counts\">No entities.</p>\n");
            return;
        }

        _output.Write("<table class=\"entities\"><thead><tr><th>entity</th><th>type</th><th>aliases</th><th>roles</th><th>mentions</th><th>salience</th></tr></thead><tbody>\n");
        foreach (var entity in analysis.Entities)
        {
            var salience = entity.Salience.ToString("0.000", CultureInfo.InvariantCulture);
            var width = (Math.Clamp(entity.Salience, 0, 1) * MaxBarRem).ToString("0.00", CultureInfo.InvariantCulture);
            _output.Write(string.Create(
                CultureInfo.InvariantCulture,
                $"<tr><td>{Encode(entity.Name)}</td><td><span class=\"chip\" style=\"background:{EntityTypeColors.Of(entity.Type)}\">{Encode(entity.Type.Name)}</span></td>" +
                $"<td>{Encode(string.Join(", ", entity.Aliases))}</td><td>{Encode(string.Join(", ", entity.Roles))}</td><td class=\"number\">{entity.MentionCount}</td>" +
                $"<td class=\"salience\">{salience}<span class=\"bar\" style=\"width:{width}rem\"></span></td></tr>\n"));
        }

        _output.Write("</tbody></table>\n");
    }

    private static string Encode(string value) => Encoder.Encode(value);
}
