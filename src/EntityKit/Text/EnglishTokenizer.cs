using System.Buffers;

namespace EntityKit.Text;

/// <summary>
/// A fast, non-destructive English tokenizer that cuts raw news text the way the Penn Treebank / OntoNotes
/// annotators did, so a model trained on OntoNotes sees raw text in familiar pieces.
/// </summary>
/// <remarks>
/// <para>Rules, in short: punctuation is split off; clitics <c>'s 're 've 'll 'd 'm n't</c> are split (also with
/// ’), so <c>can't</c> → <c>ca n't</c>, <c>won't</c> → <c>wo n't</c>, <c>cannot</c> → <c>can not</c>; hyphenated
/// words are split (<c>Iran - backed</c>) except after prefixes OntoNotes keeps (<c>co-operation</c>,
/// <c>anti-war</c>, <c>e-mail</c>, <c>mid-1980s</c>, <c>uh-huh</c>); abbreviations keep their period (<c>U.S.</c>,
/// <c>Mr.</c>, <c>a.m.</c>, initials), but <c>Inc.</c>, <c>etc.</c>, month and state abbreviations give it up when
/// a sentence evidently ends there (OntoNotes writes <c>Inc .</c>), and <c>No.</c> keeps it only before a number;
/// numbers keep separators and decimals (<c>1,200.50</c>, <c>10:30</c>, <c>3/4</c>) but not hyphens
/// (<c>1990 - 91</c>); units written against a number are split (<c>12.15am</c> → <c>12.15 am</c>); <c>$5</c> →
/// <c>$ 5</c>, <c>US$5</c> → <c>US$ 5</c>, <c>5%</c> → <c>5 %</c>; URLs, e-mail addresses, @handles and #hashtags
/// stay whole; every emoji sequence (ZWJ, flags, skin tones, keycaps) is one token; <c>--</c>, <c>...</c>,
/// <c>``</c> and <c>''</c> are one token each.</para>
/// <para>Whitespace, control characters and the zero-width space separate tokens and set <see cref="TokenFlags"/>;
/// other invisible format characters (BOM, joiners, soft hyphen, bidi marks) are part of a word when between word
/// characters (or of an emoji sequence) and are otherwise skipped; a lone surrogate becomes a one-unit <see cref="TokenKind.Symbol"/>. A surrogate pair is
/// never split.</para>
/// <para>Immutable and thread-safe; no <see cref="System.Text.RegularExpressions.Regex"/>, no string per token,
/// nothing allocated per token once the destination has room.</para>
/// </remarks>
public sealed class EnglishTokenizer : ITokenizer
{
    /// <inheritdoc/>
    public void Tokenize(ReadOnlySpan<char> text, List<TokenInfo> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var scanner = new TokenScanner(text);
        while (scanner.TryNext(out var token))
        {
            tokens.Add(token);
        }
    }

    /// <summary>Tokenizes a text into a new array (a convenience; reuse a list with
    /// <see cref="Tokenize(ReadOnlySpan{char}, List{TokenInfo})"/> on hot paths).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The tokens, in order.</returns>
    public TokenInfo[] Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<TokenInfo>(text.Length / 5 + 4);
        Tokenize(text.AsSpan(), tokens);
        return [.. tokens];
    }

    /// <summary>
    /// Tokenizes into a caller-provided buffer without allocating. When the buffer fills up, tokenization stops at a
    /// whitespace boundary: call again with <c>text[charsConsumed..]</c> (and add <paramref name="charsConsumed"/>
    /// to the offsets it returns) to get the remaining tokens exactly as a single call would have produced them.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="destination">Receives the tokens.</param>
    /// <param name="charsConsumed">How many characters were fully tokenized.</param>
    /// <param name="tokensWritten">How many tokens were written.</param>
    /// <returns><see cref="OperationStatus.Done"/> when the whole text was tokenized, or
    /// <see cref="OperationStatus.DestinationTooSmall"/> when the buffer filled up first (if
    /// <paramref name="tokensWritten"/> is 0, the first chunk of text needs a larger buffer).</returns>
    public OperationStatus Tokenize(ReadOnlySpan<char> text, Span<TokenInfo> destination, out int charsConsumed, out int tokensWritten)
    {
        var scanner = new TokenScanner(text);
        var written = 0;
        while (scanner.TryNext(out var token))
        {
            if (written == destination.Length)
            {
                // Give back the tokens of the unfinished chunk so a resumed call sees the chunk whole.
                var restart = scanner.GapStart;
                while (written > 0 && destination[written - 1].Start >= restart)
                {
                    written--;
                }

                charsConsumed = restart;
                tokensWritten = written;
                return OperationStatus.DestinationTooSmall;
            }

            destination[written++] = token;
        }

        charsConsumed = text.Length;
        tokensWritten = written;
        return OperationStatus.Done;
    }
}
