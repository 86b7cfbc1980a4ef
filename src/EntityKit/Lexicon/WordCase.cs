namespace EntityKit.Lexicon;

/// <summary>Case tests on a word's characters, shared by the lexicon look-ups and their hashed copy in models.</summary>
internal static class WordCase
{
    /// <summary>True when any character is upper-case.</summary>
    public static bool HasUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the word has at least two letters and none is lower-case (<c>REUTERS</c>, <c>U.S.</c>).</summary>
    public static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters >= 2;
    }
}
