using System.Globalization;

namespace EntityKit.Normalization;

/// <summary>
/// Splits the text of one short mention into <see cref="ValueToken"/>s. Runs only on DATE/TIME/amount mentions (a
/// few words each), never over a whole article, so it may allocate.
/// </summary>
internal static class ValueTokenizer
{
    public static List<ValueToken> Tokenize(string text) => Tokenize(text, new List<ValueToken>(8));

    /// <summary>Tokenizes <paramref name="text"/> into <paramref name="tokens"/>, which is cleared first (a caller
    /// resolving many mentions reuses one list).</summary>
    public static List<ValueToken> Tokenize(string text, List<ValueToken> tokens)
    {
        tokens.Clear();
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
        '$' => "$",
        '£' => "£",
        '€' => "€",
        '¥' => "¥",
        '₹' => "₹",
        '₽' => "₽",
        '₩' => "₩",
        '₪' => "₪",
        '₦' => "₦",
        '₺' => "₺",
        '₴' => "₴",
        '%' => "%",
        '/' => "/",
        ':' => ":",
        '+' => "+",
        '°' => "°",
        '&' => "&",
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
        var digits = raw.Contains(',', StringComparison.Ordinal) ? raw.Replace(",", string.Empty, StringComparison.Ordinal) : raw;
        var value = decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0m;
        tokens.Add(new ValueToken(ValueTokenKind.Number, raw, value));
        return i;
    }

    /// <summary>Reads letters; a dot between letters ("a.m", "U.S") joins them, a dot after letters ends the word.</summary>
    private static int ReadWord(string text, int start, List<ValueToken> tokens)
    {
        // The word's letters, lower-cased, without the dots of an abbreviation ("a.m." → "am"): counted first, then
        // written once into the token's string (no builder per word).
        var letters = 0;
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetter(c))
            {
                letters++;
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

        var word = string.Create(letters, (text, start, end: i), static (destination, source) =>
        {
            var written = 0;
            for (var j = source.start; j < source.end; j++)
            {
                if (char.IsLetter(source.text[j]))
                {
                    destination[written++] = char.ToLowerInvariant(source.text[j]);
                }
            }
        });

        if (i < text.Length && text[i] == '.')
        {
            i++;
        }

        tokens.Add(new ValueToken(ValueTokenKind.Word, word));
        return i;
    }

    private static bool IsSingleLetterSegment(string text, int dot) => dot < 2 || !char.IsLetter(text[dot - 2]);
}
