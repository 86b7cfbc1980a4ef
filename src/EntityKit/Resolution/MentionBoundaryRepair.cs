using EntityKit.Recognition;

namespace EntityKit.Resolution;

/// <summary>
/// Puts the edges of recognised spans where OntoNotes and a reader put them, after all layers and corrections:
/// a possessive clitic is left out of a name ("Stanford University's" → "Stanford University"), a currency sign
/// right before a MONEY or CARDINAL span is taken in and makes it MONEY ("$" + "1,000" → "$1,000", "£250"), a list number or headline counter at the start
/// of a line is never part of a mention nor a CARDINAL on its own ("10. United States" → "United States"), and an
/// unbalanced bracket is never inside a mention ("Robert) Parata" → "Parata").
/// </summary>
/// <remarks>Works on token ranges in place; stateless, thread-safe, allocates nothing.</remarks>
internal static class MentionBoundaryRepair
{
    /// <summary>Names of businesses whose possessive is part of the name ("Moody's", "Sotheby's"): the 's stays.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PossessiveBrandNames = new HashSet<string>(StringComparer.Ordinal)
    {
        "Lloyd", "Moody", "Sotheby", "Christie", "McDonald", "Macy", "Kellogg", "Domino", "Wendy", "Denny", "Dillard",
        "Bloomingdale", "Hardee", "Kohl", "Lowe", "Sainsbury", "Arby", "Chili", "Friendly", "Hershey", "Levi", "Reese",
        "Dunkin", "Harrah", "Caesar", "Sam", "Claire", "Carl", "Jerry", "Joe", "Ollie", "Papa", "Applebee", "Nathan",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Repairs, in place, the edges of <paramref name="spans"/> (sorted by token, not overlapping).</summary>
    /// <param name="text">The article text.</param>
    /// <param name="tokens">Its tokens.</param>
    /// <param name="spans">The accepted spans.</param>
    /// <param name="edges">Whether possessives go out and currency signs in (<see cref="MentionEdgeConvention.Reader"/>)
    /// or both stay as recognised (<see cref="MentionEdgeConvention.AsTrained"/>).</param>
    public static void Repair(ReadOnlySpan<char> text, ReadOnlySpan<TokenInfo> tokens, List<RecognizedSpan> spans, MentionEdgeConvention edges)
    {
        var kept = 0;
        for (var i = 0; i < spans.Count; i++)
        {
            var span = TrimListMarker(text, tokens, spans[i]);
            span = TrimUnbalancedBrackets(text, tokens, span);
            var readerEdges = edges == MentionEdgeConvention.Reader;
            if (readerEdges)
            {
                span = TrimPossessive(text, tokens, span);
            }

            if (span.TokenCount == 0)
            {
                continue;
            }

            var previousEnd = kept > 0 ? spans[kept - 1].EndToken : 0;
            spans[kept++] = readerEdges ? TakeInCurrencySign(text, tokens, span, previousEnd) : span;
        }

        spans.RemoveRange(kept, spans.Count - kept);
    }

    /// <summary>True for a token that is a possessive clitic: 's, ’s, or a lone apostrophe after a plural.</summary>
    internal static bool IsPossessive(ReadOnlySpan<char> word) =>
        word is "'s" or "’s" or "'S" or "’S" or "'" or "’";

    /// <summary>How many tokens from <paramref name="i"/> form a list number at a line start ("1.", "10", "3" + ")"); 0 when none.</summary>
    internal static int ListMarkerLength(ReadOnlySpan<char> text, ReadOnlySpan<TokenInfo> tokens, int i)
    {
        var token = tokens[i];
        var atLineStart = i == 0 || (token.Flags & TokenFlags.LineBreakBefore) != 0;
        if (!atLineStart)
        {
            return 0;
        }

        var word = token.GetText(text);
        var digits = word.Length > 0 && word[^1] == '.' ? word[..^1] : word;
        if (digits.Length is 0 or > 3 || !IsAllDigits(digits))
        {
            return 0;
        }

        var length = 1;
        if (digits.Length == word.Length && i + 1 < tokens.Length && !tokens[i + 1].HasSpaceBefore
            && tokens[i + 1].GetText(text) is "." or ")")
        {
            length = 2;
        }

        // A marker is followed by the item on the same line; a number alone on a line is not one.
        var next = i + length;
        var followedOnLine = next < tokens.Length && tokens[next].HasSpaceBefore && (tokens[next].Flags & TokenFlags.LineBreakBefore) == 0;
        var marked = length == 2 || digits.Length < word.Length;
        return followedOnLine && marked ? length : 0;
    }

    private static bool IsAllDigits(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static RecognizedSpan TrimListMarker(ReadOnlySpan<char> text, ReadOnlySpan<TokenInfo> tokens, RecognizedSpan span)
    {
        var cut = ListMarkerLength(text, tokens, span.FirstToken);
        cut = Math.Min(cut, span.TokenCount);
        return cut == 0 ? span : span with { FirstToken = span.FirstToken + cut, TokenCount = span.TokenCount - cut };
    }

    /// <summary>Keeps the part of the span after an unmatched closing bracket and before an unmatched opening one.</summary>
    private static RecognizedSpan TrimUnbalancedBrackets(ReadOnlySpan<char> text, ReadOnlySpan<TokenInfo> tokens, RecognizedSpan span)
    {
        var first = span.FirstToken;
        var end = span.EndToken;
        var depth = 0;
        var lastUnmatchedOpen = -1;
        for (var t = first; t < end; t++)
        {
            var word = tokens[t].GetText(text);
            if (word is "(" or "[")
            {
                if (depth == 0)
                {
                    lastUnmatchedOpen = t;
                }

                depth++;
            }
            else if (word is ")" or "]")
            {
                if (depth == 0)
                {
                    first = t + 1;
                    lastUnmatchedOpen = -1;
                }
                else
                {
                    depth--;
                }
            }
        }

        if (depth > 0 && lastUnmatchedOpen >= first)
        {
            end = lastUnmatchedOpen;
        }

        return first == span.FirstToken && end == span.EndToken
            ? span
            : span with { FirstToken = first, TokenCount = Math.Max(0, end - first) };
    }

    private static RecognizedSpan TrimPossessive(ReadOnlySpan<char> text, ReadOnlySpan<TokenInfo> tokens, RecognizedSpan span)
    {
        if (span.TokenCount < 2 || !IsNameType(span.Type))
        {
            return span;
        }

        var last = tokens[span.EndToken - 1];
        if (last.HasSpaceBefore || !IsPossessive(last.GetText(text)))
        {
            return span;
        }

        var isBrandName = span.TokenCount == 2 && PossessiveBrandNames.Contains(tokens[span.FirstToken].GetText(text));
        return isBrandName ? span : span with { TokenCount = span.TokenCount - 1 };
    }

    private static RecognizedSpan TakeInCurrencySign(ReadOnlySpan<char> text, ReadOnlySpan<TokenInfo> tokens, RecognizedSpan span, int previousEnd)
    {
        var isAmount = span.Type == EntityType.Money || span.Type == EntityType.Cardinal;
        if (!isAmount || span.FirstToken == 0 || span.FirstToken - 1 < previousEnd)
        {
            return span;
        }

        var sign = tokens[span.FirstToken - 1];
        var adjacent = !tokens[span.FirstToken].HasSpaceBefore;
        return adjacent && sign.Kind == TokenKind.Symbol && IsCurrencySign(sign.GetText(text))
            ? span with { FirstToken = span.FirstToken - 1, TokenCount = span.TokenCount + 1, Type = EntityType.Money }
            : span;
    }

    private static bool IsCurrencySign(ReadOnlySpan<char> word) =>
        word.Length > 0 && (char.GetUnicodeCategory(word[^1]) == System.Globalization.UnicodeCategory.CurrencySymbol);

    private static bool IsNameType(EntityType type) =>
        type == EntityType.Person || type == EntityType.Organization || type == EntityType.Gpe || type == EntityType.Norp
        || type == EntityType.Location || type == EntityType.Facility || type == EntityType.Product
        || type == EntityType.WorkOfArt || type == EntityType.Law || type == EntityType.Event;
}
