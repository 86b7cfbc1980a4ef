namespace EntityKit.Text;

/// <summary>
/// Emoji recognition for the tokenizer: pictographs, flags (regional-indicator pairs and tag sequences), keycaps,
/// skin-tone modifiers, variation selectors and zero-width-joiner sequences, each sequence one token.
/// </summary>
internal static class Emoji
{
    private const char ZeroWidthJoiner = '\u200D';
    private const char VariationSelector16 = '\uFE0F';
    private const char VariationSelector15 = '\uFE0E';
    private const char CombiningKeycap = '\u20E3';

    /// <summary>A supplementary-plane pictograph, regional indicator, modifier or tag.</summary>
    public static bool IsEmojiRune(int value) =>
        value is >= 0x1F000 and <= 0x1FAFF or >= 0xE0020 and <= 0xE007F;

    /// <summary>A BMP pictograph that starts an emoji at <paramref name="p"/>: the symbol and dingbat blocks, or a
    /// text-style symbol (©, ™, ↔) followed by the emoji variation selector.</summary>
    public static bool IsBmpEmojiAt(ReadOnlySpan<char> text, int p, int end)
    {
        var c = text[p];
        if (IsBmpPictograph(c))
        {
            return true;
        }

        return c is '\u00A9' or '\u00AE' or '\u203C' or '\u2049' or '\u2122' or '\u2139' or (>= '\u2190' and <= '\u21FF')
                or (>= '\u2300' and <= '\u23FF') or (>= '\u25A0' and <= '\u25FF') or (>= '\u2B00' and <= '\u2BFF')
                or '\u3030' or '\u303D' or '\u3297' or '\u3299'
            && p + 1 < end && text[p + 1] == VariationSelector16;
    }

    /// <summary>A keycap emoji (<c>1️⃣</c>, <c>#️⃣</c>) at <paramref name="p"/>.</summary>
    public static bool IsKeycapAt(ReadOnlySpan<char> text, int p, int end, out int length)
    {
        length = 0;
        if (!(char.IsAsciiDigit(text[p]) || text[p] is '#' or '*'))
        {
            return false;
        }

        var i = p + 1;
        if (i < end && text[i] == VariationSelector16)
        {
            i++;
        }

        if (i < end && text[i] == CombiningKeycap)
        {
            length = i + 1 - p;
            return true;
        }

        return false;
    }

    /// <summary>The length of the emoji sequence starting at <paramref name="p"/>.</summary>
    public static int SequenceLength(ReadOnlySpan<char> text, int p, int end)
    {
        var i = p;
        if (IsRegionalIndicatorAt(text, i, end))
        {
            // A flag is a pair of regional indicators.
            return IsRegionalIndicatorAt(text, i + 2, end) ? 4 : 2;
        }

        i += UnitLength(text, i, end);
        while (i < end)
        {
            var c = text[i];
            if (c is VariationSelector16 or VariationSelector15 or CombiningKeycap)
            {
                i++;
            }
            else if (IsModifierOrTagAt(text, i, end))
            {
                i += 2;
            }
            else if (c == ZeroWidthJoiner && i + 1 < end && IsPictographAt(text, i + 1, end))
            {
                i++;
                i += UnitLength(text, i, end);
            }
            else
            {
                break;
            }
        }

        return i - p;
    }

    private static bool IsBmpPictograph(char c) => c is >= '\u2600' and <= '\u27BF';

    private static int UnitLength(ReadOnlySpan<char> text, int i, int end) =>
        char.IsHighSurrogate(text[i]) && i + 1 < end && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;

    private static bool IsPictographAt(ReadOnlySpan<char> text, int i, int end)
    {
        if (UnitLength(text, i, end) == 2)
        {
            return IsEmojiRune(char.ConvertToUtf32(text[i], text[i + 1]));
        }

        return IsBmpPictograph(text[i]) || IsBmpEmojiAt(text, i, end);
    }

    private static bool IsRegionalIndicatorAt(ReadOnlySpan<char> text, int i, int end) =>
        i + 1 < end && UnitLength(text, i, end) == 2
        && char.ConvertToUtf32(text[i], text[i + 1]) is >= 0x1F1E6 and <= 0x1F1FF;

    private static bool IsModifierOrTagAt(ReadOnlySpan<char> text, int i, int end) =>
        i + 1 < end && UnitLength(text, i, end) == 2
        && char.ConvertToUtf32(text[i], text[i + 1]) is >= 0x1F3FB and <= 0x1F3FF or >= 0xE0020 and <= 0xE007F;
}
