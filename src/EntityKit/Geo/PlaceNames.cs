using System.Globalization;
using System.Text;

namespace EntityKit.Geo;

/// <summary>
/// The lookup key of a place name: lower case, without diacritics, dots or apostrophes, hyphens as spaces, a
/// leading "the" dropped, "saint"/"mount"/"fort" as "st"/"mt"/"ft" ("St. Louis" and "Saint Louis" share a key).
/// </summary>
internal static class PlaceNames
{
    /// <summary>The base letter of U+00C0..U+017F (Latin-1 Supplement and Latin Extended-A), '_' where there is
    /// none: folding by table works the same with and without ICU (invariant globalization).</summary>
    private const string LatinFold = "aaaaaa_ceeeeiiiidnooooo_ouuuuy__aaaaaa_ceeeeiiiidnooooo_ouuuuy_yaaaaaaccccccccddddeeeeeeeeeegggggggghh__iiiiiiiiii__jjkk_llllll__llnnnnnn___oooooo__rrrrrrsssssssstttt__uuuuuuuuuuuuwwyyyzzzzzz_";

    public static string Key(string name)
    {
        var builder = new StringBuilder(name.Length);
        var pendingSpace = false;
        foreach (var original in name)
        {
            var c = original is >= '\u00C0' and <= '\u017F' && LatinFold[original - '\u00C0'] != '_' ? LatinFold[original - '\u00C0'] : original;
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '.' or '\'' or '\u2019')
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingSpace = true;
            }
        }

        var key = builder.ToString();
        if (key.StartsWith("the ", StringComparison.Ordinal))
        {
            key = key[4..];
        }

        return FirstWord(key) switch
        {
            "saint" => "st" + key[5..],
            "mount" => "mt" + key[5..],
            "fort" => "ft" + key[4..],
            _ => key,
        };
    }

    private static string FirstWord(string key)
    {
        var space = key.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? string.Empty : key[..space];
    }
}
