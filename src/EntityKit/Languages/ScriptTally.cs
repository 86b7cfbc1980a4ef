namespace EntityKit.Languages;

/// <summary>
/// Counts the letters of words by writing system, to tell Latin-script text from text in another script and to name
/// the language the script implies (Greek → el, Hangul → ko, kana → ja, Cyrillic with і/ї/є/ґ → uk…).
/// </summary>
internal struct ScriptTally
{
    private int _cyrillic, _ukrainianLetters, _greek, _arabic, _persianLetters, _hebrew, _devanagari, _thai, _hangul, _kana, _han, _other;

    /// <summary>Latin letters seen (ASCII and Latin Extended).</summary>
    public int LatinLetters { get; private set; }

    /// <summary>Letters of any other script seen.</summary>
    public readonly int NonLatinLetters =>
        _cyrillic + _greek + _arabic + _hebrew + _devanagari + _thai + _hangul + _kana + _han + _other;

    /// <summary>Counts the letters of one word.</summary>
    public void Add(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c < 0x250)
            {
                if (char.IsLetter(c))
                {
                    LatinLetters++;
                }

                continue;
            }

            if (!char.IsLetter(c))
            {
                continue;
            }

            switch (c)
            {
                case >= '\u0370' and <= '\u03FF': _greek++; break;
                case >= '\u0400' and <= '\u04FF':
                    _cyrillic++;
                    if (c is 'і' or 'ї' or 'є' or 'ґ' or 'І' or 'Ї' or 'Є' or 'Ґ')
                    {
                        _ukrainianLetters++;
                    }

                    break;
                case >= '\u0590' and <= '\u05FF': _hebrew++; break;
                case >= '\u0600' and <= '\u06FF':
                    _arabic++;
                    if (c is 'پ' or 'چ' or 'ژ' or 'گ' or 'ی')
                    {
                        _persianLetters++;
                    }

                    break;
                case >= '\u0900' and <= '\u097F': _devanagari++; break;
                case >= '\u0E00' and <= '\u0E7F': _thai++; break;
                case >= '\u1E00' and <= '\u1EFF': LatinLetters++; break;
                case >= '\uAC00' and <= '\uD7AF': _hangul++; break;
                case >= '\u3040' and <= '\u30FF': _kana++; break;
                case >= '\u4E00' and <= '\u9FFF': _han++; break;
                default: _other++; break;
            }
        }
    }

    /// <summary>The language the dominant non-Latin script implies, or "mis" (a language without a code here) when the script names none alone.</summary>
    public readonly string GuessNonLatinLanguage()
    {
        var max = Math.Max(Math.Max(Math.Max(_cyrillic, _greek), Math.Max(_arabic, _hebrew)),
            Math.Max(Math.Max(_devanagari, _thai), Math.Max(Math.Max(_hangul, _kana + _han), _other)));
        return max switch
        {
            _ when max == _cyrillic => _ukrainianLetters > 0 ? "uk" : "ru",
            _ when max == _greek => "el",
            _ when max == _arabic => _persianLetters > _arabic / 50 ? "fa" : "ar",
            _ when max == _hebrew => "he",
            _ when max == _devanagari => "hi",
            _ when max == _thai => "th",
            _ when max == _hangul => "ko",
            _ when max == _kana + _han => _kana > 0 ? "ja" : "zh",
            _ => "mis",
        };
    }
}
