using System.Text;

namespace EntityKit.Dictionaries;

/// <summary>
/// Removes diacritics from Latin letters character by character (<c>é</c> → <c>e</c>, <c>Ø</c> → <c>O</c>), without
/// allocating: a table for U+00C0–U+024F and U+1E00–U+1EFF computed once from the Unicode decompositions, and
/// combining marks (U+0300–U+036F) dropped. Used on both sides, forms at build time and tokens at match time, so
/// they fold the same way.
/// </summary>
internal static class DiacriticFolding
{
    /// <summary>The longest token folded at match time; longer tokens are matched as they are.</summary>
    public const int MaxTokenLength = 128;

    private const char LatinStart = '\u00C0';
    private const char LatinEnd = '\u024F';
    private const char ExtendedStart = '\u1E00';
    private const char ExtendedEnd = '\u1EFF';

    private static readonly char[] Latin = BuildTable(LatinStart, LatinEnd);
    private static readonly char[] Extended = BuildTable(ExtendedStart, ExtendedEnd);

    /// <summary>True when <paramref name="token"/> has a character that folding may change.</summary>
    public static bool MayChange(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (c >= LatinStart)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Folds <paramref name="token"/> into <paramref name="destination"/> (at least as long).</summary>
    /// <returns>The number of characters written.</returns>
    public static int Fold(ReadOnlySpan<char> token, Span<char> destination)
    {
        var written = 0;
        foreach (var c in token)
        {
            if (c is >= '\u0300' and <= '\u036F')
            {
                continue;
            }

            destination[written++] = c switch
            {
                >= LatinStart and <= LatinEnd => Latin[c - LatinStart],
                >= ExtendedStart and <= ExtendedEnd => Extended[c - ExtendedStart],
                _ => c,
            };
        }

        return written;
    }

    /// <summary>Folds a string (build time).</summary>
    public static string Fold(string token)
    {
        if (!MayChange(token))
        {
            return token;
        }

        var buffer = token.Length <= 256 ? stackalloc char[token.Length] : new char[token.Length];
        return new string(buffer[..Fold(token, buffer)]);
    }

    private static char[] BuildTable(char first, char last)
    {
        var table = new char[last - first + 1];
        for (var c = first; c <= last; c++)
        {
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            table[c - first] = c switch
            {
                'Ø' => 'O', 'ø' => 'o', 'Đ' => 'D', 'đ' => 'd', 'Ł' => 'L', 'ł' => 'l', 'Ħ' => 'H', 'ħ' => 'h', 'ı' => 'i',
                _ => char.IsAsciiLetter(decomposed[0]) ? decomposed[0] : c,
            };
        }

        return table;
    }
}
