using System.Buffers;

namespace EntityKit.Training.Lexicon;

/// <summary>
/// A small whitespace-and-punctuation splitter that approximates Penn Treebank tokens for building lexicons from
/// raw or pre-tokenised text: quotes become <c>``</c>/<c>''</c>, brackets <c>-LRB-</c>…, clitics (<c>'s</c>,
/// <c>n't</c>…) and hyphens are split off, a final period is split unless the word is an abbreviation.
/// </summary>
/// <remarks>
/// It is only used offline to key word clusters and gazetteer phrases by token strings; the analyzer's own
/// tokenizer should produce the same strings for ordinary words. Stateless and thread-safe.
/// </remarks>
public static class PtbLikeTokenizer
{
    private static readonly SearchValues<char> LeadingPunctuation = SearchValues.Create("\"'`“‘([{«<$£€¥#");
    private static readonly SearchValues<char> TrailingPunctuation = SearchValues.Create(".,;:!?)]}\"'”’»>%…");

    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr.", "Mrs.", "Ms.", "Dr.", "Jr.", "Sr.", "St.", "Mt.", "Ft.", "Co.", "Corp.", "Inc.", "Ltd.", "Bros.", "Cos.",
        "Gen.", "Sen.", "Rep.", "Gov.", "Lt.", "Col.", "Capt.", "Sgt.", "Maj.", "Adm.", "Prof.", "Rev.", "Hon.", "Pres.",
        "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
        "Ave.", "Blvd.", "Rd.", "No.", "Nos.", "vs.", "etc.", "Vol.", "Dept.", "Univ.", "Assn.", "Mass.", "Calif.",
        "Conn.", "Fla.", "Ga.", "Ill.", "Ind.", "Md.", "Mich.", "Minn.", "Mo.", "Nev.", "Pa.", "Tenn.", "Tex.", "Va.",
        "Wash.", "Wis.", "Ariz.", "Ark.", "Colo.", "Del.", "Kan.", "Ky.", "La.", "Miss.", "Neb.", "Okla.", "Ore.", "Vt.",
    };

    private static readonly string[] Clitics = ["n't", "'s", "'re", "'ve", "'ll", "'d", "'m"];

    /// <summary>Splits one line into tokens, appending them to <paramref name="output"/>.</summary>
    /// <param name="line">Raw or already tokenised text.</param>
    /// <param name="output">Receives the tokens.</param>
    public static void Tokenize(ReadOnlySpan<char> line, List<string> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        foreach (var range in line.SplitAny(" \t\r\n\u00A0\u2009\u200A\u202F"))
        {
            var chunk = line[range];
            if (!chunk.IsEmpty)
            {
                TokenizeChunk(chunk, output);
            }
        }
    }

    /// <summary>Splits one line into tokens.</summary>
    /// <param name="line">Raw or already tokenised text.</param>
    /// <returns>The tokens.</returns>
    public static List<string> Tokenize(string line)
    {
        var output = new List<string>();
        Tokenize(line, output);
        return output;
    }

    private static void TokenizeChunk(ReadOnlySpan<char> chunk, List<string> output)
    {
        if (IsPtbSymbol(chunk) || IsClitic(chunk))
        {
            output.Add(Normalize(chunk));
            return;
        }

        // Leading punctuation, one character at a time.
        while (chunk.Length > 1 && LeadingPunctuation.Contains(chunk[0]) && !IsClitic(chunk))
        {
            output.Add(OpeningSymbol(chunk[0]));
            chunk = chunk[1..];
        }

        // Trailing punctuation, collected then emitted after the word.
        Span<int> trailing = stackalloc int[16];
        var trailingCount = 0;
        var end = chunk.Length;
        while (end > 1 && trailingCount < trailing.Length && TrailingPunctuation.Contains(chunk[end - 1]))
        {
            if (chunk[end - 1] == '.')
            {
                if (end >= 3 && chunk[end - 2] == '.' && chunk[end - 3] == '.')
                {
                    trailing[trailingCount++] = -end; // "..." marker: negative end index
                    end -= 3;
                    continue;
                }

                if (IsAbbreviation(chunk[..end]))
                {
                    break;
                }
            }

            trailing[trailingCount++] = end - 1;
            end--;
        }

        var core = chunk[..end];
        if (core.Length == 1 && LeadingPunctuation.Contains(core[0]))
        {
            output.Add(OpeningSymbol(core[0]));
        }
        else
        {
            EmitCore(core, output);
        }

        for (var i = trailingCount - 1; i >= 0; i--)
        {
            var at = trailing[i];
            if (at < 0)
            {
                output.Add("...");
            }
            else
            {
                output.Add(ClosingSymbol(chunk[at], chunk[..at]));
            }
        }
    }

    private static void EmitCore(ReadOnlySpan<char> core, List<string> output)
    {
        // Clitics at the end of the word: "Disney's" → "Disney" "'s", "don't" → "do" "n't".
        foreach (var clitic in Clitics)
        {
            if (core.Length > clitic.Length && EndsWithClitic(core, clitic))
            {
                EmitHyphenated(core[..^clitic.Length], output);
                output.Add(Normalize(core[^clitic.Length..]));
                return;
            }
        }

        EmitHyphenated(core, output);
    }

    private static void EmitHyphenated(ReadOnlySpan<char> word, List<string> output)
    {
        if (word.IsEmpty)
        {
            return;
        }

        var start = 0;
        for (var i = 1; i < word.Length - 1; i++)
        {
            if (word[i] == '-' && char.IsLetterOrDigit(word[i - 1]) && char.IsLetterOrDigit(word[i + 1]))
            {
                output.Add(Normalize(word[start..i]));
                output.Add("-");
                start = i + 1;
            }
        }

        output.Add(Normalize(word[start..]));
    }

    private static bool EndsWithClitic(ReadOnlySpan<char> core, string clitic)
    {
        var tail = core[^clitic.Length..];
        for (var i = 0; i < tail.Length; i++)
        {
            var c = tail[i] == '’' ? '\'' : char.ToLowerInvariant(tail[i]);
            if (c != clitic[i])
            {
                return false;
            }
        }

        // "n't" needs a letter before it; "'s" after a letter or digit.
        return char.IsLetterOrDigit(core[^(clitic.Length + 1)]);
    }

    private static bool IsClitic(ReadOnlySpan<char> chunk)
    {
        foreach (var clitic in Clitics)
        {
            if (chunk.Length == clitic.Length && EndsWithCliticText(chunk, clitic))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithCliticText(ReadOnlySpan<char> chunk, string clitic)
    {
        for (var i = 0; i < chunk.Length; i++)
        {
            var c = chunk[i] == '’' ? '\'' : char.ToLowerInvariant(chunk[i]);
            if (c != clitic[i])
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAbbreviation(ReadOnlySpan<char> word)
    {
        // word ends with '.'
        if (word.Length == 2 && char.IsLetter(word[0]))
        {
            return true; // initials: "J."
        }

        if (word[..^1].Contains('.'))
        {
            return true; // "U.S.", "a.m."
        }

        var lookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.Contains(word);
    }

    private static bool IsPtbSymbol(ReadOnlySpan<char> chunk) =>
        chunk is "``" or "''" or "-LRB-" or "-RRB-" or "-LSB-" or "-RSB-" or "-LCB-" or "-RCB-" or "--" or "..." or "-";

    private static string OpeningSymbol(char c) => c switch
    {
        '"' or '“' or '«' => "``",
        '\'' or '‘' or '`' => "`",
        '(' => "-LRB-",
        '[' => "-LSB-",
        '{' => "-LCB-",
        _ => c.ToString(),
    };

    private static string ClosingSymbol(char c, ReadOnlySpan<char> before) => c switch
    {
        '"' or '”' or '»' => "''",
        '\'' or '’' => before.Length > 0 && (before[^1] is 's' or 'S') ? "'" : "''",
        ')' => "-RRB-",
        ']' => "-RSB-",
        '}' => "-RCB-",
        '…' => "...",
        _ => c.ToString(),
    };

    private static string Normalize(ReadOnlySpan<char> token)
    {
        if (token.Contains('’'))
        {
            Span<char> buffer = token.Length <= 256 ? stackalloc char[token.Length] : new char[token.Length];
            token.CopyTo(buffer);
            buffer.Replace('’', '\'');
            return new string(buffer);
        }

        return token switch
        {
            "(" => "-LRB-",
            ")" => "-RRB-",
            "[" => "-LSB-",
            "]" => "-RSB-",
            "{" => "-LCB-",
            "}" => "-RCB-",
            "\"" or "“" => "``",
            "”" => "''",
            _ => new string(token),
        };
    }
}
