using EntityKit.Recognition;

namespace EntityKit.Resolution;

/// <summary>
/// Cuts titles and honorifics off the front of PERSON spans, as OntoNotes annotates them: "Maj Gen Yahya Rasool" →
/// "Yahya Rasool", "Prime Minister Mohammed Shia Al Sudani" → "Mohammed Shia Al Sudani", "Mr. Austin" → "Austin".
/// </summary>
/// <remarks>
/// A prefix is cut only when it is made of title words and ends with a title head or an honorific ("Minister",
/// "Gen", "Mr"), and a capitalised word remains after it, so "General" alone or a name that merely starts with a
/// modifier ("Grand", "Central") is left alone. Royal and religious styles stay ("Queen Elizabeth", "Pope Francis",
/// "Sheikh Hasina"): OntoNotes keeps them inside the name, and cutting them lost exact matches on its dev set.
/// Stateless and thread-safe.
/// </remarks>
internal static class PersonTitleTrimmer
{
    /// <summary>Trims, in place, the PERSON spans of <paramref name="spans"/> that start with a title.</summary>
    public static void Trim(ReadOnlySpan<char> text, ReadOnlySpan<TokenInfo> tokens, List<RecognizedSpan> spans)
    {
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            if (span.Type != EntityType.Person || span.TokenCount < 2)
            {
                continue;
            }

            var cut = TitleLength(text, tokens, span);
            if (cut > 0)
            {
                spans[i] = span with { FirstToken = span.FirstToken + cut, TokenCount = span.TokenCount - cut };
            }
        }
    }

    private static bool IsRoyal(ReadOnlySpan<char> word) =>
        word is "King" or "Queen" or "Prince" or "Princess" or "Pope" or "Emir" or "Sultan" or "Sheikh" or "Lord" or "Sir" or "Dame";

    /// <summary>How many leading tokens of the span form a title to cut; 0 when none.</summary>
    private static int TitleLength(ReadOnlySpan<char> text, ReadOnlySpan<TokenInfo> tokens, RecognizedSpan span)
    {
        var cut = 0;
        for (var k = 0; k < span.TokenCount - 1; k++)
        {
            var word = tokens[span.FirstToken + k].GetText(text);
            if (IsRoyal(word))
            {
                break;
            }

            if (NameLexicon.IsHonorific(word) || NameLexicon.IsTitleHead(word))
            {
                cut = k + 1;
            }
            else if (!NameLexicon.IsTitleWord(word) && word is not ".")
            {
                break;
            }
        }

        if (cut == 0)
        {
            return 0;
        }

        var next = tokens[span.FirstToken + cut].GetText(text);
        return next.Length > 0 && char.IsUpper(next[0]) && !NameLexicon.IsTitleWord(next) ? cut : 0;
    }
}
