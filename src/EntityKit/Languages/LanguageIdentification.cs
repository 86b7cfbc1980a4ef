namespace EntityKit.Languages;

/// <summary>The language an article was found (or declared) to be in.</summary>
/// <param name="Code">An ISO 639-1 code ("en", "de", "fr"…), or <see cref="Undetermined"/> ("und") when the text
/// gives too little evidence (a short headline, a list of names).</param>
/// <param name="Evidence">How many function words (or, for non-Latin scripts, letters) of the winning language were
/// seen; 0 when the language was declared by the caller or undetermined.</param>
public readonly record struct LanguageIdentification(string Code, int Evidence)
{
    /// <summary>The code of an undetermined language, as in BCP 47.</summary>
    public const string Undetermined = "und";

    /// <summary>The code of English.</summary>
    public const string English = "en";

    /// <summary>True when the language is known and is not <paramref name="code"/>.</summary>
    /// <param name="code">An ISO 639-1 code such as "en".</param>
    public bool IsKnownAndNot(string code) => Code != Undetermined && !string.Equals(Code, code, StringComparison.OrdinalIgnoreCase);
}
