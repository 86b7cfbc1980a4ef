namespace EntityKit.Languages;

/// <summary>
/// Tells the language of an article cheaply from its tokens: the script of its letters, and, for Latin-script text,
/// which language's function words it uses (<see cref="StopWordProfiles"/>: English, German, French, Spanish,
/// Italian, Dutch, Portuguese). Looks at the first <see cref="MaxWords"/> words only, one hash lookup each, so it
/// costs nothing next to recognition.
/// </summary>
/// <remarks>
/// It is built to never call ordinary English "not English": a language other than English is named only when at
/// least <see cref="MinimumEvidence"/> of its function words are seen and they outnumber the English ones by
/// <see cref="DecisiveRatio"/> to one. Too little evidence (a headline without function words) gives
/// <see cref="LanguageIdentification.Undetermined"/>. Immutable and thread-safe.
/// </remarks>
public sealed class LanguageIdentifier
{
    /// <summary>Words looked at, from the start of the article.</summary>
    public const int MaxWords = 400;

    /// <summary>Function words a language needs before it is named.</summary>
    public const int MinimumEvidence = 3;

    /// <summary>How many times the English function words another language's must outnumber.</summary>
    public const int DecisiveRatio = 3;

    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _languagesOfWord;
    private readonly string[] _codes;

    /// <summary>Creates an identifier with the built-in profiles.</summary>
    public LanguageIdentifier()
    {
        var profiles = StopWordProfiles.Languages;
        _codes = [.. profiles.Select(p => p.Code)];
        var languagesOfWord = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var language = 0; language < profiles.Length; language++)
        {
            foreach (var word in profiles[language].Words)
            {
                languagesOfWord[word] = languagesOfWord.GetValueOrDefault(word) | (1 << language);
            }
        }

        _languagesOfWord = languagesOfWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The codes of the languages told apart by their function words, English first.</summary>
    public IReadOnlyList<string> ProfiledLanguages => _codes;

    /// <summary>The shared identifier.</summary>
    public static LanguageIdentifier Default { get; } = new();

    /// <summary>Identifies the language of <paramref name="text"/> from its <paramref name="tokens"/>.</summary>
    /// <param name="text">The article's text.</param>
    /// <param name="tokens">Its tokens.</param>
    public LanguageIdentification Identify(ReadOnlySpan<char> text, ReadOnlySpan<TokenInfo> tokens)
    {
        Span<int> hits = stackalloc int[_codes.Length];
        var scripts = new ScriptTally();
        var words = 0;
        for (var t = 0; t < tokens.Length && words < MaxWords; t++)
        {
            if (tokens[t].Kind != TokenKind.Word)
            {
                continue;
            }

            words++;
            var word = tokens[t].GetText(text);
            scripts.Add(word);
            if (_languagesOfWord.TryGetValue(word, out var languages))
            {
                for (var language = 0; language < hits.Length; language++)
                {
                    hits[language] += (languages >> language) & 1;
                }
            }
        }

        if (scripts.NonLatinLetters > scripts.LatinLetters)
        {
            return new LanguageIdentification(scripts.GuessNonLatinLanguage(), scripts.NonLatinLetters);
        }

        var best = 0;
        for (var language = 1; language < hits.Length; language++)
        {
            if (hits[language] > hits[best])
            {
                best = language;
            }
        }

        if (hits[best] < MinimumEvidence)
        {
            return new LanguageIdentification(LanguageIdentification.Undetermined, 0);
        }

        if (best == 0 || hits[best] >= DecisiveRatio * hits[0])
        {
            return new LanguageIdentification(_codes[best], hits[best]);
        }

        return new LanguageIdentification(LanguageIdentification.Undetermined, 0);
    }
}
