using System.Globalization;
using System.Text;
using EntityKit.Input;

namespace EntityKit.Cli.Output;

/// <summary>
/// Writes a view for a person: per article a header line with counts, the headline, date and address the article
/// states, then aligned tables of its mentions, its entities and the boilerplate regions left out of the analysis, each
/// with an excerpt and its kind (and, on request, its sentences' tokens). Plain text, so it reads the same in a
/// terminal, a pipe or a file.
/// </summary>
internal sealed class TableAnalysisWriter : IAnalysisWriter
{
    private const int MaxCellWidth = 60;
    private const int MaxExcerptWidth = 50;
    private readonly TextWriter _output;
    private readonly bool _includeTokens;
    private bool _first = true;

    public TableAnalysisWriter(TextWriter output, bool includeTokens)
    {
        _output = output;
        _includeTokens = includeTokens;
    }

    public void Write(ArticleInputResult result)
    {
        var analysis = result.Analysis;
        if (!_first)
        {
            _output.WriteLine();
        }

        _first = false;
        if (analysis.Error is { } error)
        {
            _output.WriteLine($"== {analysis.Id}: FAILED ==");
            _output.WriteLine($"   {error.Message}");
            return;
        }

        _output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"== {analysis.Id} ({analysis.Text.Length:N0} characters, {analysis.Sentences.Length} sentences, {analysis.Tokens.Length} tokens, {analysis.Mentions.Length} mentions, {analysis.Entities.Length} entities) =="));
        WriteMetadata(result.Article);
        WriteMentions(analysis);
        WriteEntities(analysis);
        WriteBoilerplate(analysis);
        if (_includeTokens)
        {
            WriteTokens(analysis);
        }
    }

    private void WriteMetadata(Article? article)
    {
        if (article?.Title is { } title)
        {
            _output.WriteLine($"   Title: {Cell(title)}");
        }

        if (article?.Published is { } published)
        {
            _output.WriteLine($"   Published: {published.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture)}");
        }

        if (article?.Url is { } url)
        {
            _output.WriteLine($"   URL: {url}");
        }
    }

    /// <summary>The regions of site chrome whose mentions were left out, with what each says and why it was left out.</summary>
    private void WriteBoilerplate(ArticleAnalysis analysis)
    {
        if (analysis.Boilerplate.IsEmpty)
        {
            return;
        }

        var rows = analysis.Boilerplate.Select(region => new[]
        {
            region.Start.ToString(CultureInfo.InvariantCulture),
            region.End.ToString(CultureInfo.InvariantCulture),
            region.Kind.ToString(),
            Cell(region.GetText(analysis.Text).ToString(), MaxExcerptWidth),
        });
        WriteTable("Boilerplate (left out of the analysis)", ["start", "end", "kind", "excerpt"], [true, true, false, false], rows);
    }

    private void WriteMentions(ArticleAnalysis analysis)
    {
        if (analysis.Mentions.IsEmpty)
        {
            _output.WriteLine("   no mentions");
            return;
        }

        var rows = analysis.Mentions.Select(m => new[]
        {
            m.Start.ToString(CultureInfo.InvariantCulture),
            m.End.ToString(CultureInfo.InvariantCulture),
            m.Type.Name,
            m.Confidence.ToString("0.00", CultureInfo.InvariantCulture),
            Cell(m.Text),
        });
        WriteTable("Mentions", ["start", "end", "type", "conf", "text"], [true, true, false, true, false], rows);
    }

    private void WriteEntities(ArticleAnalysis analysis)
    {
        if (analysis.Entities.IsEmpty)
        {
            return;
        }

        var rows = analysis.Entities.Select(e => new[]
        {
            Cell(e.Name),
            e.Type.Name,
            e.MentionCount.ToString(CultureInfo.InvariantCulture),
            e.Salience.ToString("0.00", CultureInfo.InvariantCulture),
            Cell(string.Join(", ", e.Aliases)),
            Cell(string.Join(", ", e.Roles)),
        });
        WriteTable("Entities", ["name", "type", "mentions", "salience", "aliases", "roles"], [false, false, true, true, false, false], rows);
    }

    private void WriteTokens(ArticleAnalysis analysis)
    {
        _output.WriteLine("   Tokens (one sentence per line, tokens separated by |)");
        for (var s = 0; s < analysis.Sentences.Length; s++)
        {
            var sentence = analysis.Sentences[s];
            var line = new StringBuilder();
            line.Append(CultureInfo.InvariantCulture, $"     {s + 1,4}  ");
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                if (t > sentence.FirstToken)
                {
                    line.Append(" | ");
                }

                line.Append(Cell(analysis.GetTokenText(t).ToString()));
            }

            _output.WriteLine(line.ToString());
        }
    }

    private void WriteTable(string title, string[] headers, bool[] alignRight, IEnumerable<string[]> rows)
    {
        var all = rows.ToList();
        var widths = headers.Select((h, i) => Math.Max(h.Length, all.Count == 0 ? 0 : all.Max(r => r[i].Length))).ToArray();
        _output.WriteLine($"   {title}");
        WriteRow(headers, widths, alignRight);
        WriteRow(widths.Select(w => new string('-', w)).ToArray(), widths, alignRight);
        foreach (var row in all)
        {
            WriteRow(row, widths, alignRight);
        }
    }

    private void WriteRow(string[] cells, int[] widths, bool[] alignRight)
    {
        var line = new StringBuilder("     ");
        for (var i = 0; i < cells.Length; i++)
        {
            var last = i == cells.Length - 1;
            var cell = alignRight[i] ? cells[i].PadLeft(widths[i]) : last ? cells[i] : cells[i].PadRight(widths[i]);
            line.Append(cell);
            if (!last)
            {
                line.Append("  ");
            }
        }

        _output.WriteLine(line.ToString().TrimEnd());
    }

    /// <summary>One-line, bounded form of a text for a table cell: line breaks and tabs become spaces.</summary>
    private static string Cell(string text, int maxWidth = MaxCellWidth)
    {
        var flat = string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] is '\r' or '\n' or '\t' ? ' ' : source[i];
            }
        });
        return flat.Length <= maxWidth ? flat : string.Concat(flat.AsSpan(0, maxWidth - 1), "…");
    }
}
