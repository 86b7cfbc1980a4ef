using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace EntityKit.Text;

/// <summary>What the tokenizer needs to know about a UTF-16 code unit, as bit flags.</summary>
[Flags]
internal enum CharClass : ushort
{
    None = 0,
    /// <summary>Whitespace or a control character: separates chunks.</summary>
    Separator = 1,
    /// <summary>A line or paragraph break.</summary>
    LineBreak = 1 << 1,
    /// <summary>A letter (any L* category).</summary>
    Letter = 1 << 2,
    /// <summary>An upper- or title-case letter.</summary>
    Upper = 1 << 3,
    /// <summary>A decimal digit.</summary>
    Digit = 1 << 4,
    /// <summary>Letter, digit, combining mark or other number: continues a word.</summary>
    WordChar = 1 << 5,
    /// <summary>An invisible format character (joiners, soft hyphen, BOM, bidi marks).</summary>
    Format = 1 << 6,
    /// <summary>Punctuation that yields <see cref="TokenKind.Punctuation"/>.</summary>
    Punctuation = 1 << 7,
    /// <summary>A sign that yields <see cref="TokenKind.Symbol"/>.</summary>
    Symbol = 1 << 8,
    /// <summary>Opens a quotation or bracket.</summary>
    Opening = 1 << 9,
    /// <summary>Closes a quotation or bracket.</summary>
    Closing = 1 << 10,
    /// <summary>A UTF-16 surrogate (half of a supplementary code point).</summary>
    Surrogate = 1 << 11,
    /// <summary>A dash or hyphen (Pd).</summary>
    Dash = 1 << 12,
}

/// <summary>
/// Precomputed character classes for every UTF-16 code unit (a 128 KB table built once), so the tokenizer's hot
/// loop is one array load per character.
/// </summary>
internal static class CharClasses
{
    private static readonly CharClass[] Table = Build();

    /// <summary>Whitespace and control characters: what separates chunks.</summary>
    public static readonly SearchValues<char> Separators = BuildSeparators();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static CharClass Of(char c) => Table[c];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Is(char c, CharClass cls) => (Table[c] & cls) != 0;

    private static CharClass[] Build()
    {
        var table = new CharClass[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            table[i] = Classify((char)i);
        }

        return table;
    }

    private static CharClass Classify(char c)
    {
        // The zero-width space is a word break by definition, so it separates tokens like a space.
        if (char.IsWhiteSpace(c) || char.IsControl(c) || c == '\u200B')
        {
            var cls = CharClass.Separator;
            if (c is '\n' or '\r' or '\v' or '\f' or '\u0085' or '\u2028' or '\u2029')
            {
                cls |= CharClass.LineBreak;
            }

            return cls;
        }

        var category = char.GetUnicodeCategory(c);
        switch (category)
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
                return CharClass.Letter | CharClass.Upper | CharClass.WordChar;
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
                return CharClass.Letter | CharClass.WordChar;
            case UnicodeCategory.DecimalDigitNumber:
                return CharClass.Digit | CharClass.WordChar;
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.EnclosingMark:
            case UnicodeCategory.LetterNumber:
            case UnicodeCategory.OtherNumber:
                return CharClass.WordChar;
            case UnicodeCategory.Format:
                return CharClass.Format;
            case UnicodeCategory.Surrogate:
                return CharClass.Surrogate;
            case UnicodeCategory.OpenPunctuation:
            case UnicodeCategory.InitialQuotePunctuation:
                return CharClass.Punctuation | CharClass.Opening;
            case UnicodeCategory.ClosePunctuation:
            case UnicodeCategory.FinalQuotePunctuation:
                return CharClass.Punctuation | CharClass.Closing;
            case UnicodeCategory.DashPunctuation:
                return CharClass.Punctuation | CharClass.Dash;
            case UnicodeCategory.ConnectorPunctuation:
            case UnicodeCategory.OtherPunctuation:
                return c switch
                {
                    '"' or '\'' => CharClass.Punctuation | CharClass.Opening | CharClass.Closing,
                    '%' or '‰' or '‱' or '#' or '&' or '@' or '*' or '/' or '\\' or '§' or '¶' or '†' or '‡' or '′' or '″'
                        => CharClass.Symbol,
                    _ => CharClass.Punctuation,
                };
            case UnicodeCategory.MathSymbol:
            case UnicodeCategory.CurrencySymbol:
            case UnicodeCategory.ModifierSymbol:
            case UnicodeCategory.OtherSymbol:
                return c == '`' ? CharClass.Punctuation | CharClass.Opening : CharClass.Symbol;
            default:
                return CharClass.Symbol;
        }
    }

    private static SearchValues<char> BuildSeparators()
    {
        var chars = new List<char>();
        for (var i = 0; i <= char.MaxValue; i++)
        {
            if ((Table[i] & CharClass.Separator) != 0)
            {
                chars.Add((char)i);
            }
        }

        return SearchValues.Create(chars.ToArray());
    }
}
