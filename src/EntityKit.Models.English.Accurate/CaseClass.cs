using System.Globalization;
using System.Text;

namespace EntityKit.Models.English.Accurate;

/// <summary>
/// The case class a token adds to its word pieces (the vocabulary is uncased), as <c>ekencoder/wordpiece.py</c>'s
/// <c>case_class</c> computes it with Python's string predicates: 0 no letters, 1 lower, 2 Title (first letter upper,
/// the rest lower), 3 ALLCAPS, 4 mixed.
/// </summary>
internal static class CaseClass
{
    public const int NoLetters = 0;
    public const int Lower = 1;
    public const int Title = 2;
    public const int AllCaps = 3;
    public const int Mixed = 4;

    public static int Of(ReadOnlySpan<char> token)
    {
        var letters = 0;
        bool allLower = true, allUpper = true, firstUpper = false, restLower = true;
        foreach (var rune in token.EnumerateRunes())
        {
            if (!Rune.IsLetter(rune))
            {
                continue;
            }

            var lower = IsLower(rune);
            var upper = Rune.GetUnicodeCategory(rune) == UnicodeCategory.UppercaseLetter;
            if (letters == 0)
            {
                firstUpper = upper;
            }
            else
            {
                restLower &= lower;
            }

            allLower &= lower;
            allUpper &= upper;
            letters++;
        }

        return letters == 0 ? NoLetters
            : allLower ? Lower
            : firstUpper && restLower ? Title
            : allUpper ? AllCaps
            : Mixed;
    }

    /// <summary>Python's <c>str.islower</c> of one letter: lower-case letters and the letters with Unicode's
    /// Other_Lowercase property (ª, º, modifier and subscript letters).</summary>
    private static bool IsLower(Rune rune)
    {
        if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.LowercaseLetter)
        {
            return true;
        }

        var c = rune.Value;
        return c is 0xAA or 0xBA or (>= 0x2B0 and <= 0x2B8) or 0x2C0 or 0x2C1 or (>= 0x2E0 and <= 0x2E4)
            or (>= 0x1D2C and <= 0x1D6A) or 0x1D78 or (>= 0x1D9B and <= 0x1DBF) or 0x2071 or 0x207F
            or (>= 0x2090 and <= 0x209C) or 0x2C7C or 0x2C7D or 0xA69C or 0xA69D or 0xA770 or 0xA7F8 or 0xA7F9
            or (>= 0xAB5C and <= 0xAB5F);
    }
}
