using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;

namespace EntityKit.Corpora;

/// <summary>
/// Turns a gold-tokenized (Penn Treebank / OntoNotes) document back into natural text, as a news site would print it,
/// and records where every gold token, sentence and entity lands in that text.
/// </summary>
/// <remarks>
/// <para>Each gold token maps to exactly its natural form (<see cref="NaturalForm(string)"/>): <c>-LRB-</c> → <c>(</c>,
/// <c>``</c> → <c>“</c>, <c>''</c> → <c>”</c>, <c>`</c> → <c>‘</c>, the speech genres' <c>/.</c> <c>/?</c> <c>/-</c>
/// → <c>.</c> <c>?</c> <c>-</c>, disfluency markers <c>%uh</c> → <c>uh</c>, and the treebank's pound sign <c>#</c>
/// before a number → <c>£</c>. Everything else is printed as is.</para>
/// <para>Spacing follows English typography: punctuation and clitics (<c>'s</c>, <c>n't</c>…) attach to the left,
/// opening brackets, quotes and currency signs to the right, a straight <c>"</c> alternates between opening and
/// closing within the document, a gold hyphen between two words or numbers joins them (<c>Iran - backed</c> →
/// <c>Iran-backed</c>; a speech cut-off <c>/-</c> stays a free-standing <c>-</c>), <c>ca n't</c> becomes
/// <c>can't</c> and <c>can not</c> becomes <c>cannot</c>. The treebank's doubled period after a sentence-final
/// abbreviation (<c>U.S. .</c>) is printed as written, <c>U.S..</c>, so that every gold token keeps its own
/// characters.</para>
/// <para>Layout: a sentence that ends with terminal punctuation (<c>. ? ! …</c>, possibly followed by closing quotes or
/// brackets) is followed by a single space, like sentences of one news paragraph; a sentence that does not (a
/// headline, a transcript utterance such as <c>yeah</c>, a speech fragment cut off with <c>/-</c>) ends its line,
/// as transcripts and scraped pages print one unit per line. This keeps the text natural and keeps the
/// boundaries that no reader could see in running text (about a fifth of OntoNotes' speech sentences have no
/// terminal punctuation) visible as line breaks.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class BioDetokenizer
{
    private static readonly FrozenSet<string> AttachLeftTokens = FrozenSet.Create(
        StringComparer.Ordinal,
        ",", ".", ";", ":", "?", "!", "%", ")", "]", "}", "”", "’", "'", "…", "!.", "?!.", "?.", "!!", "?!", "??");

    private static readonly FrozenSet<string> Clitics = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "n't", "'s", "'re", "'ve", "'ll", "'d", "'m");

    private static readonly FrozenSet<string> AttachRightTokens = FrozenSet.Create(
        StringComparer.Ordinal, "(", "[", "{", "“", "‘", "£");

    /// <summary>Renders a document as natural text with gold token, sentence and entity offsets.</summary>
    /// <param name="document">The gold document.</param>
    public DetokenizedDocument Detokenize(BioDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = new StringBuilder(document.TokenCount * 6);
        var offsets = ImmutableArray.CreateBuilder<CharSpan>(document.TokenCount);
        var sentences = ImmutableArray.CreateBuilder<Sentence>(document.Sentences.Length);
        var entities = ImmutableArray.CreateBuilder<GoldEntity>();
        var doubleQuoteOpen = false;
        var sentenceFirstToken = 0;
        var naturals = new List<string>();
        var spaceBefore = new List<bool>();

        foreach (var sentence in document.Sentences)
        {
            var gold = sentence.Tokens;
            naturals.Clear();
            for (var i = 0; i < gold.Length; i++)
            {
                naturals.Add(NaturalForm(gold[i], i + 1 < gold.Length ? gold[i + 1] : null));
            }

            Space(gold, naturals, spaceBefore, ref doubleQuoteOpen);
            if (text.Length > 0)
            {
                text.Append(EndsWithTerminal(document.Sentences[sentences.Count - 1].Tokens) ? ' ' : '\n');
            }

            for (var i = 0; i < gold.Length; i++)
            {
                if (i > 0 && spaceBefore[i])
                {
                    text.Append(' ');
                }

                offsets.Add(new CharSpan(text.Length, naturals[i].Length));
                text.Append(naturals[i]);
            }

            sentences.Add(new Sentence(offsets[sentenceFirstToken].Start, offsets[^1].End, sentenceFirstToken, gold.Length));
            foreach (var span in sentence.GetSpans())
            {
                var first = sentenceFirstToken + span.FirstToken;
                var last = sentenceFirstToken + span.EndToken - 1;
                entities.Add(new GoldEntity(offsets[first].Start, offsets[last].End, span.Type, first, span.TokenCount));
            }

            sentenceFirstToken += gold.Length;
        }

        return new DetokenizedDocument(
            document, text.ToString(), offsets.MoveToImmutable(), sentences.MoveToImmutable(), entities.ToImmutable());
    }

    /// <summary>Decides, for each token of a sentence, whether a space precedes it.</summary>
    private static void Space(ImmutableArray<string> gold, List<string> naturals, List<bool> spaceBefore, ref bool doubleQuoteOpen)
    {
        spaceBefore.Clear();
        for (var i = 0; i < gold.Length; i++)
        {
            spaceBefore.Add(i > 0);
        }

        for (var i = 0; i < gold.Length; i++)
        {
            var natural = naturals[i];
            var previous = i > 0 ? naturals[i - 1] : null;
            var next = i + 1 < gold.Length ? naturals[i + 1] : null;
            if (natural == "\"")
            {
                var opens = i == 0 || (next is not null && !doubleQuoteOpen);
                doubleQuoteOpen = opens;
                if (opens)
                {
                    if (next is not null)
                    {
                        spaceBefore[i + 1] = false;
                    }
                }
                else
                {
                    spaceBefore[i] = false;
                }

                continue;
            }

            if (previous is null)
            {
                continue;
            }

            if (AttachRightTokens.Contains(previous) || IsCurrencyBeforeNumber(previous, natural)
                || AttachLeftTokens.Contains(natural) || IsAllDots(natural)
                || (Clitics.Contains(gold[i]) && IsWordEnd(previous))
                || (gold[i] == "n't" && gold[i - 1] is "ca" or "wo" or "Ca" or "Wo" or "CA" or "WO")
                || (gold[i] == "not" && gold[i - 1] is "can" or "Can" or "CAN"))
            {
                spaceBefore[i] = false;
            }

            if (gold[i] == "-" && (IsWordEnd(previous) || IsAbbreviation(previous)) && next is { Length: > 0 } && char.IsLetterOrDigit(next[0]))
            {
                spaceBefore[i] = false;
                spaceBefore[i + 1] = false;
            }
        }
    }

    private static bool IsAbbreviation(string token) => token.Length > 1 && token[^1] == '.' && char.IsLetter(token[^2]);

    private static bool IsWordEnd(string token) => token.Length > 0 && char.IsLetterOrDigit(token[^1]);

    private static bool EndsWithTerminal(ImmutableArray<string> gold)
    {
        for (var i = gold.Length - 1; i >= 0; i--)
        {
            var natural = NaturalForm(gold[i]);
            if (natural is "”" or "\"" or "’" or "'" or ")" or "]" or "}")
            {
                continue;
            }

            var last = natural[^1];
            return last is '.' or '?' or '!' or '…';
        }

        return false;
    }

    private static bool IsCurrencyBeforeNumber(string previous, string natural) =>
        previous.Length > 0 && previous[^1] == '$' && previous.AsSpan(0, previous.Length - 1).IndexOfAnyExceptInRange('A', 'Z') < 0
        && natural.Length > 0 && (char.IsAsciiDigit(natural[0]) || natural[0] == '.');

    private static bool IsAllDots(string s) => s.Length > 1 && !s.AsSpan().ContainsAnyExcept('.');

    /// <summary>The natural form of a gold token, as printed in the detokenized text.</summary>
    /// <param name="token">The gold token.</param>
    public static string NaturalForm(string token) => NaturalForm(token, next: null);

    /// <summary>The natural form of a gold token given the token after it (which decides <c>#</c> → <c>£</c>).</summary>
    /// <param name="token">The gold token.</param>
    /// <param name="next">The following gold token in the sentence, if any.</param>
    public static string NaturalForm(string token, string? next)
    {
        ArgumentNullException.ThrowIfNull(token);
        switch (token)
        {
            case "-LRB-": return "(";
            case "-RRB-": return ")";
            case "-LSB-": return "[";
            case "-RSB-": return "]";
            case "-LCB-": return "{";
            case "-RCB-": return "}";
            case "``": return "“";
            case "''": return "”";
            case "`": return "‘";
            case "#" when next is { Length: > 0 } && char.IsAsciiDigit(next[0]): return "£";
        }

        // Speech genres escape sentence punctuation: /. /? /- /!
        if (token.Length == 2 && token[0] == '/' && token[1] is '.' or '?' or '-' or '!')
        {
            return token[1..];
        }

        // Disfluency markers: %uh %um %eh %mm …
        if (token.Length > 1 && token[0] == '%' && char.IsAsciiLetter(token[1]))
        {
            return token[1..];
        }

        return token;
    }
}
