using System.Globalization;
using System.Text;

namespace EntityKit.Normalization;

/// <summary>
/// Splits the text of one short mention into <see cref="ValueToken"/>s. Runs only on DATE/TIME/amount mentions (a
/// few words each), never over a whole article, so it may allocate.
/// </summary>
internal static class ValueTokenizer
{
    public static List<ValueToken> Tokenize(string text)
    {
        var tokens = new List<ValueToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                i = ReadNumber(text, i, tokens);
            }
            else if (char.IsLetter(c))
            {
                i = ReadWord(text, i, tokens);
            }
            else
            {
                var symbol = SymbolOf(c);
                if (symbol is not null)
                {
                    tokens.Add(new ValueToken(ValueTokenKind.Symbol, symbol));
                }

                i++;
            }
        }

        return tokens;
    }

    private static string? SymbolOf(char c) => c switch
    {
        '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => "-",
        '\'' or '\u2019' or '\u2018' => "'",
        '$' or '£' or '€' or '¥' or '₹' or '₽' or '₩' or '₪' or '₦' or '₺' or '₴' or '%' or '/' or ':' or '+' or '°' or '&' => c.ToString(),
        _ => null,
    };

    private static int ReadNumber(string text, int start, List<ValueToken> tokens)
    {
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                i++;
            }
            else if ((c == ',' || c == '.') && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        var raw = text[start..i];
        var digits = raw.Replace(",", string.Empty, StringComparison.Ordinal);
        var value = decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0m;
        tokens.Add(new ValueToken(ValueTokenKind.Number, raw, value));
        return i;
    }

    /// <summary>Reads letters; a dot between letters ("a.m", "U.S") joins them, a dot after letters ends the word.</summary>
    private static int ReadWord(string text, int start, List<ValueToken> tokens)
    {
        var builder = new StringBuilder();
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetter(c))
            {
                builder.Append(char.ToLowerInvariant(c));
                i++;
            }
            else if (c == '.' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i > start && IsSingleLetterSegment(text, i))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        if (i < text.Length && text[i] == '.')
        {
            i++;
        }

        tokens.Add(new ValueToken(ValueTokenKind.Word, builder.ToString()));
        return i;
    }

    /// <summary>True when the letters just before <paramref name="dot"/> are a single letter ("a" of "a.m.").</summary>
    private static bool IsSingleLetterSegment(string text, int dot) => dot < 2 || !char.IsLetter(text[dot - 2]);
}
