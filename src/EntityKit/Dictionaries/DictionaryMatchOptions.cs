namespace EntityKit.Dictionaries;

/// <summary>How an <see cref="EntityDictionary"/> compares its surface forms with the tokens of a text.</summary>
/// <remarks>Immutable. The default is exact (ordinal) matching.</remarks>
public sealed record DictionaryMatchOptions
{
    /// <summary>Exact matching: case, diacritics and hyphens all count.</summary>
    public static DictionaryMatchOptions Default { get; } = new();

    /// <summary>Tokens match regardless of case (ordinal ignore-case): <c>REUTERS</c> matches <c>Reuters</c>. Default false.</summary>
    public bool IgnoreCase { get; init; }

    /// <summary>
    /// Tokens match regardless of diacritics on Latin letters: <c>Sudani</c> matches <c>Sūdānī</c> and <c>Zürich</c>
    /// matches <c>Zurich</c>. Forms are folded when the dictionary is built; a token of the text is folded into a
    /// stack buffer only when it has a non-ASCII letter. Default false.
    /// </summary>
    public bool IgnoreDiacritics { get; init; }

    /// <summary>
    /// A hyphen between two words of a form is optional on both sides: the form <c>Al-Sudani</c> matches
    /// <c>Al Sudani</c> and the form <c>Al Sudani</c> matches <c>Al-Sudani</c> (the hyphen is part of the mention).
    /// Default false.
    /// </summary>
    public bool MatchHyphenVariants { get; init; }
}
