using System.Globalization;
using System.Text;

namespace EntityKit.Geo;

/// <summary>
/// The lookup key of a place name: lower case, without diacritics, dots or apostrophes, hyphens as spaces, a
/// leading "the" dropped, "saint"/"mount"/"fort" as "st"/"mt"/"ft" ("St. Louis" and "Saint Louis" share a key).
/// </summary>
internal static class PlaceNames
{
    public static string Key(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
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
