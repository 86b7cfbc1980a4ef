using EntityKit.Recognition;

namespace EntityKit.Resolution;

/// <summary>
/// Gives a name the form it has elsewhere in the article when one place got it wrong: two adjacent spans of one type
/// that together spell a span found elsewhere become one ("Kataib" + "Hezbollah" → "Kataib Hezbollah"), and a span
/// that is "the" + a span found elsewhere, used as a modifier of the noun after it, loses the "the" ("the Kataib
/// Hezbollah militia" → "Kataib Hezbollah": the article belongs to "militia"). Without the bare form elsewhere the
/// "the" stays: OntoNotes keeps it inside many names, and dropping it everywhere cost 0.9 F1 on its dev set.
/// </summary>
/// <remarks>Works on token ranges in place, comparing token texts; stateless, thread-safe, allocates nothing. Only the
/// rare candidate spans are compared with the others.</remarks>
internal static class ArticleNameForms
{
    /// <summary>Repairs, in place, the spans of <paramref name="spans"/> (sorted by token, not overlapping).</summary>
    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<TokenInfo> tokens, List<RecognizedSpan> spans)
    {
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            if (span.TokenCount >= 2 && tokens[span.FirstToken].GetText(text) is "the" or "The"
                && IsFollowedByCommonNoun(text, tokens, span))
            {
                var bare = span with { FirstToken = span.FirstToken + 1, TokenCount = span.TokenCount - 1 };
                if (AppearsElsewhere(text, tokens, spans, bare, i))
                {
                    spans[i] = bare;
                }
            }
        }

        for (var i = 0; i + 1 < spans.Count; i++)
        {
            var (left, right) = (spans[i], spans[i + 1]);
            var next = tokens[right.FirstToken];
            var adjacent = left.EndToken == right.FirstToken && left.Type == right.Type && next.HasSpaceBefore
                && (next.Flags & TokenFlags.LineBreakBefore) == 0;
            if (!adjacent)
            {
                continue;
            }

            var joined = left with { TokenCount = left.TokenCount + right.TokenCount, Confidence = Math.Min(left.Confidence, right.Confidence) };
            if (AppearsElsewhere(text, tokens, spans, joined, i))
            {
                spans[i] = joined;
                spans.RemoveAt(i + 1);
            }
        }
    }

    /// <summary>"the Kataib Hezbollah militia": the name modifies a noun, and "the" belongs to the noun.</summary>
    private static bool IsFollowedByCommonNoun(ReadOnlySpan<char> text, ReadOnlySpan<TokenInfo> tokens, RecognizedSpan span)
    {
        if (span.EndToken >= tokens.Length || tokens[span.EndToken].Kind != TokenKind.Word)
        {
            return false;
        }

        var next = tokens[span.EndToken].GetText(text);
        return next.Length > 1 && char.IsLower(next[0]) && !next.StartsWith("'") && next is not ("and" or "or" or "of" or "in" or "on" or "to" or "is" or "was" or "said" or "has" or "have" or "had" or "will" or "would" or "which" or "who" or "that");
    }

    /// <summary>Whether a span other than the one at <paramref name="self"/> has the type and token texts of <paramref name="form"/>.</summary>
    private static bool AppearsElsewhere(ReadOnlySpan<char> text, ReadOnlySpan<TokenInfo> tokens, List<RecognizedSpan> spans, RecognizedSpan form, int self)
    {
        for (var j = 0; j < spans.Count; j++)
        {
            var other = spans[j];
            if (j != self && other.Type == form.Type && other.TokenCount == form.TokenCount && SameWords(text, tokens, other.FirstToken, form.FirstToken, form.TokenCount))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SameWords(ReadOnlySpan<char> text, ReadOnlySpan<TokenInfo> tokens, int a, int b, int count)
    {
        for (var k = 0; k < count; k++)
        {
            if (!tokens[a + k].GetText(text).SequenceEqual(tokens[b + k].GetText(text)))
            {
                return false;
            }
        }

        return true;
    }
}
