using System.Collections.Immutable;

namespace EntityKit.Resolution;

/// <summary>
/// Scores how central an entity is to its article, in [0, 1]:
/// <c>0.30·headline + 0.30·frequency + 0.20·earliness + 0.20·spread</c>, halved for values (dates, numbers…).
/// <list type="bullet">
/// <item><description><b>headline</b>: 1 when a mention lies in the headline line of the text (the first line after
/// any boilerplate, if it has at most 20 words and does not end with a full stop) or a name of the entity appears
/// as whole words in the article's separate title;</description></item>
/// <item><description><b>frequency</b>: mentions divided by the mentions of the most mentioned entity;</description></item>
/// <item><description><b>earliness</b>: 1 at the start of the body text falling to 0 at its end, for the first mention;</description></item>
/// <item><description><b>spread</b>: the share of the body's five equal parts that hold a mention.</description></item>
/// </list>
/// </summary>
internal sealed class SalienceScorer
{
    private const int SpreadParts = 5;
    private const int MaxHeadlineWords = 20;

    private readonly string? _title;
    private readonly int _bodyStart;
    private readonly int _bodyEnd;
    private readonly int _headlineEnd;
    private readonly int _maxMentions;

    public SalienceScorer(ResolutionInput input, int maxMentions)
    {
        var text = input.Text;
        _title = input.Title;
        _maxMentions = Math.Max(1, maxMentions);
        _bodyStart = SkipBoilerplateAndSpace(text, input.Boilerplate, 0);
        _bodyEnd = text.Length;
        while (_bodyEnd > _bodyStart && (char.IsWhiteSpace(text[_bodyEnd - 1]) || InRegion(input.Boilerplate, _bodyEnd - 1)))
        {
            _bodyEnd--;
        }

        _headlineEnd = FindHeadlineEnd(text, _bodyStart, _bodyEnd);
    }

    public double Score(ImmutableArray<EntityMention> mentions, IReadOnlyList<int> indexes, EntityType type, string name, List<string> aliases)
    {
        var first = mentions[indexes[0]].Start;
        var inHeadline = false;
        Span<bool> parts = stackalloc bool[SpreadParts];
        var bodyLength = Math.Max(1, _bodyEnd - _bodyStart);
        foreach (var index in indexes)
        {
            var start = mentions[index].Start;
            inHeadline |= start >= _bodyStart && start < _headlineEnd;
            var part = Math.Clamp((int)((long)(start - _bodyStart) * SpreadParts / bodyLength), 0, SpreadParts - 1);
            parts[part] = true;
        }

        inHeadline |= _title is not null && InTitle(_title, name, aliases);
        var frequency = (double)indexes.Count / _maxMentions;
        var earliness = 1.0 - Math.Clamp((double)(first - _bodyStart) / bodyLength, 0, 1);
        var spread = (double)parts.Count(true) / SpreadParts;
        var score = (0.30 * (inHeadline ? 1 : 0)) + (0.30 * frequency) + (0.20 * earliness) + (0.20 * spread);
        if (NameLexicon.IsValueType(type))
        {
            score *= 0.5;
        }

        return Math.Clamp(score, 0, 1);
    }

    private static bool InTitle(string title, string name, List<string> aliases)
    {
        if (ContainsWholeWords(title, name))
        {
            return true;
        }

        foreach (var alias in aliases)
        {
            if (ContainsWholeWords(title, alias))
            {
                return true;
            }
        }

        return false;
    }

    private static int SkipBoilerplateAndSpace(string text, ImmutableArray<TextRegion> boilerplate, int position)
    {
        while (position < text.Length && (char.IsWhiteSpace(text[position]) || InRegion(boilerplate, position)))
        {
            position++;
        }

        return position;
    }

    private static bool InRegion(ImmutableArray<TextRegion> regions, int position)
    {
        foreach (var region in regions)
        {
            if (position >= region.Start && position < region.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>End of the headline line, or <paramref name="bodyStart"/> when the first line is not a headline.</summary>
    private static int FindHeadlineEnd(string text, int bodyStart, int bodyEnd)
    {
        var lineEnd = text.AsSpan(bodyStart, bodyEnd - bodyStart).IndexOfAny('\n', '\r');
        if (lineEnd < 0)
        {
            return bodyStart;
        }

        var line = text.AsSpan(bodyStart, lineEnd).TrimEnd();
        var words = 0;
        foreach (var range in line.Split(' '))
        {
            words += line[range].IsEmpty ? 0 : 1;
        }

        return words <= MaxHeadlineWords && !line.EndsWith('.') ? bodyStart + lineEnd : bodyStart;
    }

    private static bool ContainsWholeWords(string haystack, string name)
    {
        if (name.Length == 0)
        {
            return false;
        }

        for (var at = haystack.IndexOf(name, StringComparison.Ordinal); at >= 0; at = haystack.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            var end = at + name.Length;
            if ((at == 0 || !char.IsLetterOrDigit(haystack[at - 1])) && (end == haystack.Length || !char.IsLetterOrDigit(haystack[end])))
            {
                return true;
            }
        }

        return false;
    }
}
