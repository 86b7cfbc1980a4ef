namespace EntityKit.Dictionaries;

/// <summary>
/// Removes diacritics from Latin letters character by character (<c>é</c> → <c>e</c>, <c>Ø</c> → <c>O</c>), without
/// allocating: a table for U+00C0–U+024F and U+1E00–U+1EFF derived from the Unicode decompositions, and
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

    // The base letter of each character of U+00C0–U+024F and U+1E00–U+1EFF (the character itself when it has none),
    // generated from the Unicode decompositions (NFD, first code point when it is an ASCII letter) plus Ø, Đ, Ł, Ħ and
    // ı, which do not decompose. A literal table: invariant-globalization apps cannot normalize at run time.
    private const string Latin =
        "AAAAAA\u00C6CEEEEIIII\u00D0NOOOOO\u00D7OUUUUY\u00DE\u00DFaaaaaa\u00E6ceeeeiiii" +
        "\u00F0nooooo\u00F7ouuuuy\u00FEyAaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGg" +
        "GgGgHhHhIiIiIiIiIi\u0132\u0133JjKk\u0138LlLlLl\u013F\u0140LlNnNnNn\u0149\u014A\u014BOoOo" +
        "Oo\u0152\u0153RrRrRrSsSsSsSsTtTt\u0166\u0167UuUuUuUuUuUuWwYyYZzZzZz\u017F" +
        "\u0180\u0181\u0182\u0183\u0184\u0185\u0186\u0187\u0188\u0189\u018A\u018B\u018C\u018D\u018E\u018F\u0190\u0191\u0192\u0193\u0194\u0195\u0196\u0197\u0198\u0199\u019A\u019B\u019C\u019D\u019E\u019FOo\u01A2\u01A3\u01A4\u01A5\u01A6\u01A7\u01A8\u01A9\u01AA\u01AB\u01AC\u01AD\u01AEU" +
        "u\u01B1\u01B2\u01B3\u01B4\u01B5\u01B6\u01B7\u01B8\u01B9\u01BA\u01BB\u01BC\u01BD\u01BE\u01BF\u01C0\u01C1\u01C2\u01C3\u01C4\u01C5\u01C6\u01C7\u01C8\u01C9\u01CA\u01CB\u01CCAaIiOoUuUuUuUuUu\u01DDAa" +
        "Aa\u01E2\u01E3\u01E4\u01E5GgKkOoOo\u01EE\u01EFj\u01F1\u01F2\u01F3Gg\u01F6\u01F7NnAa\u01FC\u01FD\u01FE\u01FFAaAaEeEeIiIiOoOo" +
        "RrRrUuUuSsTt\u021C\u021DHh\u0220\u0221\u0222\u0223\u0224\u0225AaEeOoOoOoOoYy\u0234\u0235\u0236\u0237\u0238\u0239\u023A\u023B\u023C\u023D\u023E\u023F" +
        "\u0240\u0241\u0242\u0243\u0244\u0245\u0246\u0247\u0248\u0249\u024A\u024B\u024C\u024D\u024E\u024F";

    private const string Extended =
        "AaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIi" +
        "KkKkKkLlLlLlLlMmMmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRr" +
        "SsSsSsSsSsTtTtTtTtUuUuUuUuUuVvVvWwWwWwWwWwXxXxYy" +
        "ZzZzZzhtwy\u1E9A\u1E9B\u1E9C\u1E9D\u1E9E\u1E9FAaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEe" +
        "EeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUu" +
        "UuYyYyYyYy\u1EFA\u1EFB\u1EFC\u1EFD\u1EFE\u1EFF";

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
}
