using System.Collections.Frozen;

namespace EntityKit.Text;

/// <summary>
/// Finds sentence boundaries in tokenized English news text.
/// </summary>
/// <remarks>
/// <para>A sentence ends after terminal punctuation (<c>. ! ? …</c> and runs of them) when the next token starts a
/// sentence (a capitalised word, a number, an opening quote or bracket; after a bare full stop, any word, since
/// transcripts are often not capitalised); closing quotes and brackets right after the terminal punctuation stay
/// with the sentence. An abbreviation's period (<c>Mr.</c>, <c>U.S.</c>) ends a sentence only before a word that
/// strongly starts one (<c>The</c>, <c>He</c>, <c>But</c> …), never after a title.</para>
/// <para>Line breaks: a blank line always ends a sentence. A single line break ends one unless the text looks hard
/// wrapped there (a line of 60–80 characters followed by a line that starts with a lower-case word), so headlines,
/// datelines and one-paragraph-per-line web text split correctly.</para>
/// <para>An ellipsis ends a sentence before a capitalised word (as in the treebank, nine times out of ten), not
/// before a lower-case one. Sentences cover every token exactly once. Immutable and thread-safe.</para>
/// </remarks>
public sealed class SentenceSplitter : ISentenceSplitter
{
    /// <summary>Lines at least this long, not ending in terminal punctuation and followed by a lower-case line, are
    /// taken as hard-wrapped.</summary>
    private const int HardWrapMinLineLength = 60;

    /// <summary>Hard-wrapped lines are at most this long (72–80 columns is the usual wrap width); longer lines are
    /// paragraphs printed one per line, whose line break always ends a sentence.</summary>
    private const int HardWrapMaxLineLength = 80;

    private static readonly FrozenSet<string> StrongStarters = FrozenSet.Create(
        StringComparer.Ordinal,
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "In", "This", "That", "These",
        "Those", "There", "His", "Her", "Its", "Their", "Our", "My", "However", "Meanwhile", "On", "At", "As", "If",
        "When", "While", "After", "Before", "Some", "Many", "Most", "Other", "Officials", "Mr.", "Mrs.", "Ms.", "Dr.");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StrongStarterLookup =
        StrongStarters.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> Titles = FrozenSet.Create(
        StringComparer.Ordinal,
        "Mr.", "Mrs.", "Ms.", "Messrs.", "Dr.", "Prof.", "Sen.", "Rep.", "Gov.", "Gen.", "Lt.", "Col.", "Maj.", "Capt.",
        "Adm.", "Sgt.", "Rev.", "Hon.", "St.", "Mt.", "Ft.", "No.", "vs.", "v.");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup =
        Titles.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <inheritdoc/>
    public void Split(ReadOnlySpan<char> text, ReadOnlySpan<TokenInfo> tokens, List<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var first = 0;
        var lineStart = 0;
        var i = 0;
        while (i < tokens.Length)
        {
            var last = EndOfSentenceAt(text, tokens, i, lineStart, out var resume);
            if (last >= 0)
            {
                sentences.Add(new Sentence(tokens[first].Start, tokens[last].End, first, last - first + 1));
                first = last + 1;
                i = last + 1;
                if (i < tokens.Length && (tokens[i].Flags & TokenFlags.LineBreakBefore) != 0)
                {
                    lineStart = i;
                }

                continue;
            }

            i = resume;
            if (i < tokens.Length && (tokens[i].Flags & TokenFlags.LineBreakBefore) != 0)
            {
                lineStart = i;
            }
        }
    }

    /// <summary>The index of the token ending a sentence that reaches token <paramref name="i"/>, or -1 with the
    /// index to look at next.</summary>
    private static int EndOfSentenceAt(ReadOnlySpan<char> text, ReadOnlySpan<TokenInfo> tokens, int i, int lineStart, out int resume)
    {
        resume = i + 1;
        var token = tokens[i];
        if (i + 1 == tokens.Length)
        {
            return i;
        }

        var word = token.GetText(text);
        if (IsTerminal(token, word))
        {
            var j = i + 1;
            while (j < tokens.Length && (tokens[j].Flags & TokenFlags.LineBreakBefore) == 0
                && (IsClosing(tokens[j], text) || IsTerminal(tokens[j], tokens[j].GetText(text))))
            {
                j++;
            }

            // After a bare period even a lower-case word starts a sentence (transcripts are often not capitalised,
            // and abbreviations keep their period as part of the word); after ? ! or a closing quote it does not
            // ("Why?" he asked).
            var bareFullStop = j == i + 1 && word is ".";
            if (j == tokens.Length || (tokens[j].Flags & TokenFlags.LineBreakBefore) != 0 || StartsSentence(tokens[j], text)
                || (bareFullStop && tokens[j].Kind == TokenKind.Word))
            {
                return j - 1;
            }

            resume = j;
            return -1;
        }

        var next = tokens[i + 1];
        if ((next.Flags & TokenFlags.LineBreakBefore) != 0)
        {
            return LineBreakEndsSentence(text, tokens, i, lineStart) ? i : -1;
        }

        if (token.Kind == TokenKind.Word && word.Length > 1 && word[^1] == '.' && !TitleLookup.Contains(word)
            && StrongStarterLookup.Contains(next.GetText(text)))
        {
            return i;
        }

        return -1;
    }

    private static bool LineBreakEndsSentence(ReadOnlySpan<char> text, ReadOnlySpan<TokenInfo> tokens, int i, int lineStart)
    {
        var next = tokens[i + 1];
        if ((next.Flags & TokenFlags.ParagraphBreakBefore) != 0)
        {
            return true;
        }

        var lineLength = tokens[i].End - tokens[lineStart].Start;
        var nextText = next.GetText(text);
        var hardWrapped = lineLength is >= HardWrapMinLineLength and <= HardWrapMaxLineLength
            && next.Kind == TokenKind.Word && char.IsLower(nextText[0]);
        return !hardWrapped;
    }

    private static bool IsTerminal(TokenInfo token, ReadOnlySpan<char> word)
    {
        if (token.Kind != TokenKind.Punctuation)
        {
            return false;
        }

        // . ! ? … and runs such as ?! !! or ...
        foreach (var c in word)
        {
            if (c is not ('.' or '!' or '?' or '…' or '‼' or '⁇' or '⁈' or '⁉' or '。'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsClosing(TokenInfo token, ReadOnlySpan<char> text)
    {
        if (token.Kind != TokenKind.Punctuation || token.HasSpaceBefore)
        {
            return false;
        }

        var word = token.GetText(text);
        return word is "”" or "’" or "\"" or "'" or "''" or ")" or "]" or "}" or "»" or "›";
    }

    private static bool StartsSentence(TokenInfo token, ReadOnlySpan<char> text)
    {
        var c = text[token.Start];
        return token.Kind switch
        {
            TokenKind.Word => !char.IsLower(c),
            TokenKind.Number => true,
            TokenKind.Punctuation => CharClasses.Is(c, CharClass.Opening) || c is '-' or '—' or '–' or '•',
            _ => true,
        };
    }
}
