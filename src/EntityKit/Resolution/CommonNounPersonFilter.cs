using EntityKit.Recognition;

namespace EntityKit.Resolution;

/// <summary>
/// Drops a one-word PERSON span that is a given name with a common-noun reading after a determiner: "the Bill passed
/// the Senate", "a Will was found" — a law and a document, not Bill and Will. A person's first name alone does not
/// follow "the" or "a".
/// </summary>
/// <remarks>Works on token ranges in place; stateless, thread-safe, allocates nothing.</remarks>
internal static class CommonNounPersonFilter
{
    /// <summary>Removes, in place, the PERSON spans of <paramref name="spans"/> that read as common nouns.</summary>
    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<TokenInfo> tokens, List<RecognizedSpan> spans)
    {
        var kept = 0;
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            if (!IsCommonNounReading(text, tokens, span))
            {
                spans[kept++] = span;
            }
        }

        spans.RemoveRange(kept, spans.Count - kept);
    }

    private static bool IsCommonNounReading(ReadOnlySpan<char> text, ReadOnlySpan<TokenInfo> tokens, RecognizedSpan span) =>
        span.Type == EntityType.Person && span.TokenCount == 1 && span.FirstToken > 0
        && NameLexicon.HasCommonNounReading(tokens[span.FirstToken].GetText(text))
        && IsDeterminer(tokens[span.FirstToken - 1].GetText(text));

    private static bool IsDeterminer(ReadOnlySpan<char> word) =>
        word is "the" or "The" or "a" or "A" or "this" or "This" or "that" or "its" or "their" or "his" or "her"
            or "our" or "new" or "New";
}
