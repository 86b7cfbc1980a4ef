using System.Collections.Immutable;

namespace EntityKit.Resolution;

/// <summary>
/// Finds the roles an article gives a person, from three places, in this order:
/// <list type="number">
/// <item><description>a title the recognizer left inside the span ("President Joe Biden");</description></item>
/// <item><description>a title phrase right before the mention on the same line: title heads ("Secretary", "Minister",
/// "Gen", "spokesman"…) with their modifiers ("Defence", "Prime", "National Security", "former"), an "of" between
/// heads ("Secretary of State"), and an adjacent place, nationality or organisation mention in front as qualifier
/// ("US Defence Secretary", "Iraq’s National Security Adviser"); honorifics ("Mr") are skipped, never roles;</description></item>
/// <item><description>an apposition right after the mention: ", the chief executive of Apple," — a phrase of at most
/// twelve words up to the next comma (or full stop, if it opens with a determiner) that opens with a determiner or a
/// title word, contains a title head, no verb such as "is" or "said" and no other person; the determiner is dropped
/// and the phrase is cut before "who", "which" or "that".</description></item>
/// </list>
/// </summary>
internal static class RoleFinder
{
    private const int MaxTitleWords = 8;
    private const int MaxAppositionWords = 12;

    public static void AddRoles(string text, ImmutableArray<EntityMention> mentions, MentionName[] names, int index, List<string> roles)
    {
        if (names[index].TitleInSpan is { } inSpan)
        {
            AddDistinct(roles, inSpan);
        }

        TitleBefore(text, mentions, index, roles);

        if (Apposition(text, mentions, index) is { } apposition)
        {
            AddDistinct(roles, apposition);
        }
    }

    private static void AddDistinct(List<string> roles, string role)
    {
        if (!roles.Contains(role, StringComparer.OrdinalIgnoreCase))
        {
            roles.Add(role);
        }
    }

    internal static void TitleBefore(string text, ImmutableArray<EntityMention> mentions, int index, List<string> roles)
    {
        string? academicTitle = null;
        var position = mentions[index].Start;
        var previous = index - 1;
        int roleStart = -1, roleEnd = -1, words = 0;
        var hasHead = false;
        while (words < MaxTitleWords)
        {
            var (start, end) = WordBefore(text, position);
            if (start == end)
            {
                break;
            }

            if (previous >= 0 && mentions[previous].End > start)
            {
                var qualifier = mentions[previous];
                if (hasHead && (qualifier.Type == EntityType.Gpe || qualifier.Type == EntityType.Norp || qualifier.Type == EntityType.Organization)
                    && IsMentionOrPossessive(text, qualifier, end))
                {
                    roleStart = qualifier.Start;
                }

                break;
            }

            var word = text.AsSpan(start, end - start);
            if (NameLexicon.IsHonorific(word) && roleEnd < 0)
            {
                position = start;
                continue;
            }

            if (NameLexicon.IsAcademicTitle(word) && roleEnd < 0 && academicTitle is null)
            {
                // "correspondent Dr. Sanjay Gupta": "Dr." is a title of its own, the phrase before it another role.
                academicTitle = word.ToString();
                position = start;
                continue;
            }

            if (NameLexicon.IsTitleWord(word))
            {
                roleEnd = roleEnd < 0 ? end : roleEnd;
                roleStart = start;
                hasHead |= NameLexicon.IsTitleHead(word);
                position = start;
                words++;
                continue;
            }

            if (roleEnd >= 0 && word.SequenceEqual("of"))
            {
                var (headStart, headEnd) = WordBefore(text, start);
                if (headStart < headEnd && NameLexicon.IsTitleHead(text.AsSpan(headStart, headEnd - headStart)))
                {
                    roleStart = headStart;
                    hasHead = true;
                    position = headStart;
                    words += 2;
                    continue;
                }
            }

            break;
        }

        if (academicTitle is not null)
        {
            AddDistinct(roles, academicTitle);
        }

        if (hasHead && roleStart >= 0)
        {
            AddDistinct(roles, text[roleStart..roleEnd]);
        }
    }

    internal static string? Apposition(string text, ImmutableArray<EntityMention> mentions, int index)
    {
        var position = mentions[index].End;
        if (position >= text.Length || text[position] != ',')
        {
            return null;
        }

        var start = position + 1;
        var (end, closedByComma) = FindAppositionEnd(text, start);
        if (end < 0)
        {
            return null;
        }

        for (var i = index + 1; i < mentions.Length && mentions[i].Start < end; i++)
        {
            if (mentions[i].Type == EntityType.Person)
            {
                return null;
            }
        }

        var phrase = text.AsSpan(start, end - start).Trim();
        int wordCount = 0, roleStart = -1, roleEnd = phrase.Length;
        var hasHead = false;
        var startsWithDeterminer = false;
        foreach (var range in phrase.Split(' '))
        {
            var word = phrase[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (roleStart < 0)
            {
                if (wordCount == 0 && NameLexicon.IsDeterminer(word))
                {
                    startsWithDeterminer = true;
                    wordCount++;
                    continue;
                }

                if (!NameLexicon.IsTitleWord(word) && !startsWithDeterminer)
                {
                    return null;
                }

                roleStart = range.Start.GetOffset(phrase.Length);
            }

            if (NameLexicon.IsRelativeWord(word))
            {
                roleEnd = range.Start.GetOffset(phrase.Length);
                break;
            }

            if (NameLexicon.IsVerbLike(word))
            {
                return null;
            }

            wordCount++;
            hasHead |= NameLexicon.IsTitleHead(word);
        }

        // A phrase closed by a full stop may be a predicate ("X, founder of Y is to be sentenced."): only take it
        // when it opens with a determiner ("said X, a spokesman for Y.").
        var valid = hasHead && roleStart >= 0 && wordCount <= MaxAppositionWords && (closedByComma || startsWithDeterminer);
        return valid ? phrase[roleStart..roleEnd].Trim().ToString() : null;
    }

    /// <summary>The end of an apposition: the next comma, or a full stop followed by a space or the end of the text
    /// that does not close an abbreviation such as "U.S.";
    /// -1 when a line break, bracket, quote, colon or semicolon comes first or nothing ends it within 200 characters.</summary>
    private static (int End, bool ClosedByComma) FindAppositionEnd(string text, int start)
    {
        for (var i = start; i < text.Length && i - start < 200; i++)
        {
            switch (text[i])
            {
                case ',':
                    return (i, true);
                case '.' when (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])) && !EndsAbbreviation(text, start, i):
                    return (i, false);
                case ';' or ':' or '\n' or '\r' or '(' or ')' or '"' or '“' or '”':
                    return (-1, false);
            }
        }

        return (-1, false);
    }

    /// <summary>True when the dot at <paramref name="dot"/> closes "U.S." or an initial "J.", not a sentence.</summary>
    private static bool EndsAbbreviation(string text, int start, int dot)
    {
        var wordStart = dot;
        while (wordStart > start && !char.IsWhiteSpace(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, dot - wordStart);
        return word.Length == 1 || word.Contains('.');
    }

    private static bool IsMentionOrPossessive(string text, in EntityMention qualifier, int wordEnd)
    {
        var rest = text.AsSpan(qualifier.End, Math.Max(0, wordEnd - qualifier.End));
        return rest.IsEmpty || rest.SequenceEqual("'s") || rest.SequenceEqual("’s");
    }

    /// <summary>The word ending at or before <paramref name="position"/> after at least one space, on the same line.</summary>
    private static (int Start, int End) WordBefore(string text, int position)
    {
        var end = position;
        while (end > 0 && text[end - 1] is ' ' or '\t' or '\u00A0')
        {
            end--;
        }

        if (end == position)
        {
            return (position, position);
        }

        var start = end;
        while (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '.' or '-' or '\'' or '’'))
        {
            start--;
        }

        return (start, end);
    }
}
