namespace EntityKit.Training.Lexicon;

/// <summary>
/// Tells headline-style segments (Title Case Headlines, ALL CAPITALS) from running text, so that lexicon statistics
/// keyed by case-sensitive token strings are not polluted by capitalisation that carries no information.
/// </summary>
public static class CaseStyleDetector
{
    /// <summary>
    /// True when the tokens look like a title-cased or all-capitals headline: at least three longer words after the
    /// first, and at least three quarters of them capitalised, or every letter upper-case.
    /// </summary>
    /// <param name="tokens">The segment's tokens.</param>
    public static bool IsHeadlineCase(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var longWords = 0;
        var capitalised = 0;
        var hasLower = false;
        var letters = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            foreach (var c in token)
            {
                if (char.IsLetter(c))
                {
                    letters++;
                    hasLower |= char.IsLower(c);
                }
            }

            if (i == 0 || token.Length < 4 || !char.IsLetter(token[0]))
            {
                continue;
            }

            longWords++;
            if (char.IsUpper(token[0]))
            {
                capitalised++;
            }
        }

        if (!hasLower && letters >= 8)
        {
            return true;
        }

        return longWords >= 3 && capitalised * 4 >= longWords * 3;
    }
}
