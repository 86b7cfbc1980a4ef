using System.Runtime.CompilerServices;

namespace EntityKit.Recognition;

/// <summary>64-bit hashing of token text and feature templates, computed on spans without allocating.</summary>
internal static class FeatureHash
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>Hashes the characters after <see cref="Normalize"/>.</summary>
    public static ulong Text(ReadOnlySpan<char> text)
    {
        var h = FnvOffset;
        foreach (var c in text)
        {
            h = (h ^ Normalize(c)) * FnvPrime;
        }

        return Finish(h);
    }

    /// <summary>Hashes the exact characters, without any normalisation.</summary>
    public static ulong Exact(ReadOnlySpan<char> text)
    {
        var h = FnvOffset ^ 0x5bd1e995UL;
        foreach (var c in text)
        {
            h = (h ^ c) * FnvPrime;
        }

        return Finish(h);
    }

    /// <summary>Hashes lower-cased characters with every digit mapped to 0.</summary>
    public static ulong Lower(ReadOnlySpan<char> text)
    {
        var h = FnvOffset;
        foreach (var c in text)
        {
            h = (h ^ LowerChar(c)) * FnvPrime;
        }

        return Finish(h);
    }

    /// <summary>Hashes the word shape (X, x, d, other characters kept), runs longer than <paramref name="maxRun"/> cut.</summary>
    public static ulong Shape(ReadOnlySpan<char> text, int maxRun)
    {
        var h = FnvOffset;
        var previous = '\0';
        var run = 0;
        foreach (var c in text)
        {
            var s = ShapeChar(c);
            run = s == previous ? run + 1 : 1;
            previous = s;
            if (run <= maxRun)
            {
                h = (h ^ s) * FnvPrime;
            }
        }

        return Finish(h);
    }

    /// <summary>Combines a template id with a value into a feature key.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Combine(ulong seed, int template, ulong value) =>
        Finish((seed ^ ((ulong)template * 0x9E3779B97F4A7C15UL)) + value * 0xC2B2AE3D27D4EB4FUL);

    /// <summary>Combines a template id with two values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Combine(ulong seed, int template, ulong a, ulong b) =>
        Combine(seed, template, Finish(a * 0x165667B19E3779F9UL + b));

    /// <summary>Combines a template id with three values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Combine(ulong seed, int template, ulong a, ulong b, ulong c) =>
        Combine(seed, template, Finish(a * 0x165667B19E3779F9UL + b), c);

    /// <summary>The character as features see it: typographic quotes and dashes folded to ASCII.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Normalize(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '`' or '\u00B4' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        _ => c,
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char LowerChar(char c) =>
        char.IsAsciiDigit(c) ? '0' : char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c < 128 ? c : char.ToLowerInvariant(Normalize(c));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char ShapeChar(char c) =>
        char.IsAsciiLetterLower(c) ? 'x' :
        char.IsAsciiLetterUpper(c) ? 'X' :
        char.IsAsciiDigit(c) ? 'd' :
        c < 128 ? c :
        char.IsUpper(c) ? 'X' :
        char.IsLetter(c) ? 'x' :
        char.IsDigit(c) ? 'd' : Normalize(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Finish(ulong h)
    {
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53UL;
        h ^= h >> 33;
        return h;
    }
}
