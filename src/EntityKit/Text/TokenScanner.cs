using System.Runtime.CompilerServices;
using System.Text;

namespace EntityKit.Text;

/// <summary>
/// The forward scanner behind <see cref="EnglishTokenizer"/>: yields one token at a time over a span, allocating
/// nothing. Text is cut into chunks at whitespace; each chunk is scanned left to right, every token deciding its own
/// end with a little look-ahead (never look-behind across a chunk), so a scan can resume at any chunk's leading
/// whitespace and produce the same tokens.
/// </summary>
internal ref struct TokenScanner
{
    private readonly ReadOnlySpan<char> _text;
    private int _position;
    private int _chunkStart;
    private int _chunkEnd;
    private int _gapStart;
    private bool _chunkHasAt;
    private TokenFlags _pendingFlags;

    public TokenScanner(ReadOnlySpan<char> text)
    {
        _text = text;
    }

    /// <summary>Where the whitespace before the chunk of the last token returned begins: a safe restart point.</summary>
    public readonly int GapStart => _gapStart;

    /// <summary>Reads the next token.</summary>
    public bool TryNext(out TokenInfo token)
    {
        var text = _text;
        while (true)
        {
            if (_position >= _chunkEnd && !StartChunk())
            {
                token = default;
                return false;
            }

            // Invisible format characters between tokens (zero-width space, BOM, a stray joiner) are skipped.
            if (CharClasses.Is(text[_position], CharClass.Format))
            {
                _position++;
                continue;
            }

            var start = _position;
            var kind = ScanToken(start, out var length);
            _position = start + length;
            token = new TokenInfo(start, length, kind, _pendingFlags);
            _pendingFlags = TokenFlags.None;
            return true;
        }
    }

    private bool StartChunk()
    {
        var text = _text;
        var i = _position;
        _gapStart = i;
        var flags = TokenFlags.None;
        var lineBreaks = 0;
        while (i < text.Length && CharClasses.Is(text[i], CharClass.Separator))
        {
            var c = text[i];
            flags |= TokenFlags.SpaceBefore;
            if (CharClasses.Is(c, CharClass.LineBreak))
            {
                if (!(c == '\n' && i > 0 && text[i - 1] == '\r'))
                {
                    lineBreaks += c == '\u2029' ? 2 : 1;
                }
            }

            i++;
        }

        if (lineBreaks > 0)
        {
            flags |= lineBreaks >= 2 ? TokenFlags.LineBreakBefore | TokenFlags.ParagraphBreakBefore : TokenFlags.LineBreakBefore;
        }

        _position = i;
        if (i >= text.Length)
        {
            _chunkEnd = i;
            return false;
        }

        _chunkStart = i;
        var end = text[i..].IndexOfAny(CharClasses.Separators);
        _chunkEnd = end < 0 ? text.Length : i + end;
        _chunkHasAt = text[i.._chunkEnd].Contains('@');
        _pendingFlags |= flags;
        return true;
    }

    private readonly TokenKind ScanToken(int p, out int length)
    {
        var text = _text;
        var end = _chunkEnd;
        var c = text[p];
        var cls = CharClasses.Of(c);

        if ((cls & CharClass.WordChar) != 0)
        {
            if (Emoji.IsKeycapAt(text, p, end, out length))
            {
                return TokenKind.Emoji;
            }

            if (TryUrl(p, out length))
            {
                return TokenKind.Url;
            }

            if (_chunkHasAt && TryEmail(p, out length))
            {
                return TokenKind.Email;
            }

            return ScanWord(p, out length);
        }

        if ((cls & CharClass.Surrogate) != 0)
        {
            return ScanSurrogate(p, out length);
        }

        if (Emoji.IsBmpEmojiAt(text, p, end))
        {
            length = Emoji.SequenceLength(text, p, end);
            return TokenKind.Emoji;
        }

        var next = p + 1 < end ? text[p + 1] : '\0';
        switch (c)
        {
            case '\'':
            case '’':
                return ScanApostrophe(p, out length);
            case '`':
                length = next == '`' ? 2 : 1;
                return TokenKind.Punctuation;
            case '!':
            case '?':
                // "!!", "?!" and "!!?" are one token each, as in the treebank.
                length = 1;
                while (p + length < end && text[p + length] is '!' or '?')
                {
                    length++;
                }

                return TokenKind.Punctuation;
            case '.':
                length = RunLength(p, end, '.');
                return TokenKind.Punctuation;
            case '-':
                length = RunLength(p, end, '-');
                return TokenKind.Punctuation;
            case '@':
                if (IsHandleChar(next))
                {
                    length = 1 + CountHandleChars(p + 1, end);
                    return TokenKind.Handle;
                }

                break;
            case '#':
                if (CharClasses.Is(next, CharClass.Letter) || (next == '_' && p + 2 < end))
                {
                    length = 1 + CountHashtagChars(p + 1, end);
                    return TokenKind.Hashtag;
                }

                break;
        }

        if ((cls & CharClass.Dash) != 0)
        {
            // A run of the same dash (—— or ––) is one token.
            length = RunLength(p, end, c);
            return TokenKind.Punctuation;
        }

        length = 1;
        return (cls & CharClass.Punctuation) != 0 ? TokenKind.Punctuation : TokenKind.Symbol;
    }

    private readonly TokenKind ScanSurrogate(int p, out int length)
    {
        var text = _text;
        if (!char.IsHighSurrogate(text[p]) || p + 1 >= _chunkEnd || !char.IsLowSurrogate(text[p + 1]))
        {
            // A lone surrogate is kept as a one-unit symbol so that nothing is lost and nothing crashes.
            length = 1;
            return TokenKind.Symbol;
        }

        var rune = new Rune(text[p], text[p + 1]);
        if (Emoji.IsEmojiRune(rune.Value))
        {
            length = Emoji.SequenceLength(text, p, _chunkEnd);
            return TokenKind.Emoji;
        }

        if (Rune.IsLetterOrDigit(rune))
        {
            return ScanWord(p, out length);
        }

        length = 2;
        return Rune.IsPunctuation(rune) ? TokenKind.Punctuation : TokenKind.Symbol;
    }

    private readonly TokenKind ScanApostrophe(int p, out int length)
    {
        var text = _text;
        var end = _chunkEnd;
        var n = p + 1;
        if (n < end && text[p] == '\'' && text[n] == '\'')
        {
            length = 2;
            return TokenKind.Punctuation;
        }

        if (n < end && CharClasses.Is(text[n], CharClass.Digit))
        {
            // '78, '90s
            length = 1 + CountWordChars(n, end);
            return TokenKind.Word;
        }

        var clitic = CliticLength(n);
        if (clitic > 0)
        {
            length = 1 + clitic;
            return TokenKind.Word;
        }

        var letters = CountLetters(n, end);
        if (letters > 0 && IsBoundary(n + letters) && EnglishLexicon.IsElision(text.Slice(n, letters)))
        {
            length = 1 + letters;
            return TokenKind.Word;
        }

        length = 1;
        return TokenKind.Punctuation;
    }

    /// <summary>Length of a clitic (<c>s re ve ll d m</c>) starting at <paramref name="i"/> and ending a word, or 0.</summary>
    private readonly int CliticLength(int i)
    {
        var text = _text;
        var end = _chunkEnd;
        if (i >= end)
        {
            return 0;
        }

        var a = (char)(text[i] | 0x20);
        var b = i + 1 < end ? (char)(text[i + 1] | 0x20) : '\0';
        int length;
        if (a is 's' or 'd' or 'm')
        {
            length = 1;
        }
        else if ((a == 'r' && b == 'e') || (a == 'v' && b == 'e') || (a == 'l' && b == 'l'))
        {
            length = 2;
        }
        else
        {
            return 0;
        }

        return IsBoundary(i + length) ? length : 0;
    }

    private readonly TokenKind ScanWord(int p, out int length)
    {
        var text = _text;
        var end = _chunkEnd;
        var q = p;

        if (IsListNumberAt(p, out length))
        {
            return TokenKind.Number;
        }

        // n't as a token of its own (after "do", "ca", "wo" ...).
        if (IsNotClitic(q))
        {
            length = 3;
            return TokenKind.Word;
        }

        var startsWithDigit = CharClasses.Is(text[p], CharClass.Digit);
        var onlyNumeric = startsWithDigit;
        while (q < end)
        {
            var c = text[q];
            var cls = CharClasses.Of(c);
            if ((cls & CharClass.WordChar) != 0)
            {
                if ((c | 0x20) == 'n' && q > p && IsNotClitic(q))
                {
                    break;
                }

                onlyNumeric &= (cls & CharClass.Digit) != 0;
                q++;
                continue;
            }

            if ((cls & CharClass.Surrogate) != 0)
            {
                if (char.IsHighSurrogate(c) && q + 1 < end && char.IsLowSurrogate(text[q + 1])
                    && Rune.IsLetterOrDigit(new Rune(c, text[q + 1])) && !Emoji.IsEmojiRune(char.ConvertToUtf32(c, text[q + 1])))
                {
                    onlyNumeric = false;
                    q += 2;
                    continue;
                }

                break;
            }

            var next = q + 1 < end ? text[q + 1] : '\0';
            var nextIsWordChar = CharClasses.Is(next, CharClass.WordChar);
            var previousIsDigit = CharClasses.Is(text[q - 1], CharClass.Digit);
            if ((cls & CharClass.Format) != 0 && nextIsWordChar)
            {
                // Soft hyphen, zero-width joiner/non-joiner inside a word.
                q++;
                continue;
            }

            switch (c)
            {
                case '_':
                    if (nextIsWordChar)
                    {
                        onlyNumeric = false;
                        q++;
                        continue;
                    }

                    break;
                case '.':
                    if (nextIsWordChar)
                    {
                        q++;
                        continue;
                    }

                    if (KeepsPeriod(p, q))
                    {
                        q++;
                    }

                    break;
                case ',':
                case ':':
                case '/':
                    if (startsWithDigit && previousIsDigit && CharClasses.Is(next, CharClass.Digit))
                    {
                        q++;
                        continue;
                    }

                    break;
                case '\'':
                case '’':
                    if (previousIsDigit && startsWithDigit && CliticLength(q + 1) == 1 && (next | 0x20) == 's')
                    {
                        // Decades keep their plural: 90's, 1960's.
                        length = q + 2 - p;
                        return TokenKind.Word;
                    }

                    if (CharClasses.Is(text[q - 1], CharClass.Letter) && CliticLength(q + 1) == 0
                        && CharClasses.Is(next, CharClass.Letter))
                    {
                        onlyNumeric = false;
                        q++;
                        continue;
                    }

                    break;
                case '-':
                case '\u2010':
                case '\u2011':
                    if (nextIsWordChar)
                    {
                        if (EnglishLexicon.IsHyphenPrefix(text[p..q]))
                        {
                            onlyNumeric = false;
                            q++;
                            continue;
                        }
                    }
                    else if (q + 1 == end)
                    {
                        // A word cut off with a hyphen ("tha-", "pre-") keeps it.
                        length = q + 1 - p;
                        return TokenKind.Word;
                    }

                    break;
                case '&':
                    if (CharClasses.Is(next, CharClass.Upper) && q - p <= 3 && IsAllAsciiUpperOrAmpersand(text[p..q]))
                    {
                        q++;
                        continue;
                    }

                    break;
                case '$':
                    if (q - p <= 3 && IsAllAsciiUpperOrAmpersand(text[p..q]) && (CharClasses.Is(next, CharClass.Digit) || IsBoundary(q + 1)))
                    {
                        length = q + 1 - p;
                        return TokenKind.Symbol;
                    }

                    break;
            }

            break;
        }

        length = q - p;
        if (length == 6 && text.Slice(p, 6).Equals("cannot", StringComparison.OrdinalIgnoreCase))
        {
            length = 3;
            return TokenKind.Word;
        }

        if (startsWithDigit && !onlyNumeric)
        {
            // 12.15am, 5km, 1.5bn: the number and its unit are two tokens.
            var k = p + 1;
            while (k < q && (CharClasses.Is(text[k], CharClass.Digit) || (text[k] is '.' or ',' or ':' && k + 1 < q && CharClasses.Is(text[k + 1], CharClass.Digit))))
            {
                k++;
            }

            if (k < q && EnglishLexicon.IsNumberSuffix(text[k..q].TrimEnd('.')))
            {
                length = k - p;
                return TokenKind.Number;
            }
        }

        return startsWithDigit && onlyNumeric ? TokenKind.Number : TokenKind.Word;
    }

    /// <summary>A list number such as <c>1.</c> or <c>12.</c> that opens a line (the chunk is the first on its line)
    /// and stands alone before a capitalised word: the period belongs to it, as in the treebank.</summary>
    private readonly bool IsListNumberAt(int p, out int length)
    {
        var text = _text;
        length = 0;
        var opensLine = p == 0 || (p == _chunkStart && (_pendingFlags & TokenFlags.LineBreakBefore) != 0);
        if (!opensLine)
        {
            return false;
        }

        var q = p;
        while (q < _chunkEnd && q - p < 3 && CharClasses.Is(text[q], CharClass.Digit))
        {
            q++;
        }

        if (q == p || q + 1 != _chunkEnd || text[q] != '.' || !SentenceStartsAt(q + 1))
        {
            return false;
        }

        length = q + 1 - p;
        return true;
    }

    /// <summary>Whether a word <c>[p, dot)</c> followed by a period that does not continue it keeps the period.</summary>
    private readonly bool KeepsPeriod(int p, int dot)
    {
        var text = _text;
        var word = text[p..dot];
        if (!CharClasses.Is(word[^1], CharClass.Letter))
        {
            return false;
        }

        var after = dot + 1;
        if (after < _chunkEnd && text[after] == '.')
        {
            // "U.S.." is the abbreviation and the sentence's period; any longer run of dots is an ellipsis.
            var run = RunLength(after, _chunkEnd, '.');
            return run == 1 && IsAbbreviation(word, dot) && !(after + 1 < _chunkEnd && text[after + 1] == '.');
        }

        return IsAbbreviation(word, dot);
    }

    private readonly bool IsAbbreviation(ReadOnlySpan<char> word, int dot)
    {
        if (word.Length == 1 && CharClasses.Is(word[0], CharClass.Upper))
        {
            // An initial (J. Smith) keeps its period, but a letter ending a line ends a sentence ("said on X."), and
            // so does the pronoun before a new sentence ("than I. The").
            return word[0] == 'I' ? !SentenceStartsAt(dot + 1) : !LineEndsAt(dot + 1);
        }

        if (IsDottedAbbreviation(word) || EnglishLexicon.IsTitle(word))
        {
            return true;
        }

        if (EnglishLexicon.IsBeforeNumberAbbreviation(word))
        {
            return NumberFollows(dot + 1);
        }

        return EnglishLexicon.IsSentenceFinalSplittable(word) && !SentenceStartsAt(dot + 1);
    }

    /// <summary><c>U.S</c>, <c>e.g</c>, <c>Ph.D</c>: letter groups of at most two letters joined by periods.</summary>
    private static bool IsDottedAbbreviation(ReadOnlySpan<char> word)
    {
        if (word.IndexOf('.') < 0)
        {
            return false;
        }

        var group = 0;
        foreach (var c in word)
        {
            if (c == '.')
            {
                if (group == 0)
                {
                    return false;
                }

                group = 0;
            }
            else if (CharClasses.Is(c, CharClass.Letter) && ++group <= 2)
            {
                continue;
            }
            else
            {
                return false;
            }
        }

        return group > 0;
    }

    /// <summary>Whether a new sentence evidently starts after position <paramref name="i"/> (end of text, a line
    /// break, or a capitalised word after closing and opening quotes).</summary>
    private readonly bool SentenceStartsAt(int i)
    {
        switch (SkipClosingAndSpace(ref i))
        {
            case AfterClosing.MoreInChunk:
                return false;
            case AfterClosing.LineBreak:
                return true;
        }

        var text = _text;
        while (i < text.Length && CharClasses.Is(text[i], CharClass.Opening))
        {
            i++;
        }

        return i >= text.Length || CharClasses.Is(text[i], CharClass.Upper);
    }

    /// <summary>Whether only closing quotes or brackets stand between <paramref name="i"/> and a line break or the
    /// end of the text.</summary>
    private readonly bool LineEndsAt(int i) => SkipClosingAndSpace(ref i) switch
    {
        AfterClosing.MoreInChunk => false,
        AfterClosing.LineBreak => true,
        _ => i >= _text.Length,
    };

    /// <summary>Skips the closing quotes or brackets at <paramref name="i"/>, then the whitespace after the chunk,
    /// stopping at the first line break or the next visible character.</summary>
    private readonly AfterClosing SkipClosingAndSpace(ref int i)
    {
        var text = _text;
        while (i < _chunkEnd && CharClasses.Is(text[i], CharClass.Closing))
        {
            i++;
        }

        if (i < _chunkEnd)
        {
            return AfterClosing.MoreInChunk;
        }

        while (i < text.Length && CharClasses.Is(text[i], CharClass.Separator))
        {
            if (CharClasses.Is(text[i], CharClass.LineBreak))
            {
                return AfterClosing.LineBreak;
            }

            i++;
        }

        return AfterClosing.NextCharacter;
    }

    private readonly bool NumberFollows(int i)
    {
        var text = _text;
        while (i < text.Length && CharClasses.Is(text[i], CharClass.Separator))
        {
            i++;
        }

        return i < text.Length && CharClasses.Is(text[i], CharClass.Digit);
    }

    private readonly bool IsNotClitic(int i)
    {
        var text = _text;
        return i + 2 < _chunkEnd
            && (text[i] | 0x20) == 'n'
            && text[i + 1] is '\'' or '’'
            && (text[i + 2] | 0x20) == 't'
            && IsBoundary(i + 3);
    }

    private readonly bool TryUrl(int p, out int length)
    {
        var text = _text;
        var chunk = text[p.._chunkEnd];
        length = 0;
        var c = (char)(chunk[0] | 0x20);
        if (c is not ('h' or 'f' or 'w'))
        {
            return false;
        }

        var isUrl = chunk.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || chunk.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || chunk.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase)
            || (chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && chunk.Length > 4 && CharClasses.Is(chunk[4], CharClass.WordChar));
        if (!isUrl)
        {
            return false;
        }

        length = TrimTrailingPunctuation(chunk);
        return true;
    }

    /// <summary>A URL runs to the end of its chunk, less trailing punctuation and unbalanced closing brackets.</summary>
    private static int TrimTrailingPunctuation(ReadOnlySpan<char> chunk)
    {
        var length = chunk.Length;
        while (length > 1)
        {
            var last = chunk[length - 1];
            if (last is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '"' or '”' or '’' or '»' or '>' or '*')
            {
                length--;
            }
            else if (last is ')' or ']' or '}' && Count(chunk[..length], Opener(last)) < Count(chunk[..length], last))
            {
                length--;
            }
            else
            {
                break;
            }
        }

        return length;

        static char Opener(char close) => close switch { ')' => '(', ']' => '[', _ => '{' };
        static int Count(ReadOnlySpan<char> s, char c) => s.Count(c);
    }

    private readonly bool TryEmail(int p, out int length)
    {
        var text = _text;
        var end = _chunkEnd;
        length = 0;
        var i = p;
        while (i < end && IsEmailLocalChar(text[i]))
        {
            i++;
        }

        if (i == p || i >= end || text[i] != '@')
        {
            return false;
        }

        var domainStart = ++i;
        var lastDot = -1;
        while (i < end && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '-' or '.'))
        {
            if (text[i] == '.')
            {
                lastDot = i;
            }

            i++;
        }

        while (i > domainStart && text[i - 1] is '.' or '-')
        {
            i--;
        }

        if (lastDot < 0 || lastDot >= i - 1 || lastDot == domainStart)
        {
            return false;
        }

        length = i - p;
        return true;

        static bool IsEmailLocalChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';
    }

    private readonly bool IsBoundary(int i) => i >= _chunkEnd || !CharClasses.Is(_text[i], CharClass.WordChar);

    private readonly int RunLength(int p, int end, char c)
    {
        var i = p + 1;
        while (i < end && _text[i] == c)
        {
            i++;
        }

        return i - p;
    }

    private readonly int CountWordChars(int i, int end)
    {
        var start = i;
        while (i < end && CharClasses.Is(_text[i], CharClass.WordChar))
        {
            i++;
        }

        return i - start;
    }

    private readonly int CountLetters(int i, int end)
    {
        var start = i;
        while (i < end && CharClasses.Is(_text[i], CharClass.Letter))
        {
            i++;
        }

        return i - start;
    }

    private readonly int CountHandleChars(int i, int end)
    {
        var start = i;
        while (i < end && IsHandleChar(_text[i]))
        {
            i++;
        }

        return i - start;
    }

    private readonly int CountHashtagChars(int i, int end)
    {
        var start = i;
        while (i < end && (CharClasses.Is(_text[i], CharClass.WordChar) || _text[i] == '_'))
        {
            i++;
        }

        return i - start;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsHandleChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private static bool IsAllAsciiUpperOrAmpersand(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiLetterUpper(c) && c != '&')
            {
                return false;
            }
        }

        return s.Length > 0;
    }
}

/// <summary>What follows a chunk's closing quotes or brackets.</summary>
internal enum AfterClosing
{
    /// <summary>More characters of the same chunk.</summary>
    MoreInChunk,
    /// <summary>A line break (after optional spaces).</summary>
    LineBreak,
    /// <summary>Another visible character, or the end of the text.</summary>
    NextCharacter,
}
