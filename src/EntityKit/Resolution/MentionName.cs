using System.Collections.Immutable;

namespace EntityKit.Resolution;

/// <summary>
/// The name a mention carries once what is not part of the name is peeled off: a leading "the", a possessive
/// ("Iraq's", "Iraq’s", "Forces'"), and for people honorifics and titles inside the span ("Mr", "President").
/// </summary>
/// <param name="Text">The name as written, for example "Al Sudani".</param>
/// <param name="Words">Its words; "al-Sudani" gives "al" and "Sudani".</param>
/// <param name="Key">The words joined by one space, upper-case, without dots and with straight apostrophes: the
/// key for exact matching.</param>
/// <param name="Honorific">An honorific written just before or at the start of the mention ("Mr"), or null.</param>
/// <param name="TitleInSpan">A title the recognizer included at the start of a PERSON span ("President"), or null.</param>
/// <param name="TitleBefore">True when a title word stands just before the mention ("Secretary Lloyd Austin").</param>
internal sealed record MentionName(
    string Text,
    ImmutableArray<string> Words,
    string Key,
    string? Honorific,
    string? TitleInSpan,
    bool TitleBefore)
{
    /// <summary>Evidence from the words around the mention that it names a person.</summary>
    public bool HasPersonCue => Honorific is not null || TitleInSpan is not null || TitleBefore;
}

/// <summary>Builds the <see cref="MentionName"/> of every mention of an article.</summary>
internal static class MentionNameParser
{
    private const string WordSeparators = " \t\n\u00A0";

    private static readonly char[] EdgePunctuation = ['"', '“', '”', '‘', '’', '\'', ',', ';', ':', '(', ')', '[', ']', '«', '»'];

    public static MentionName[] ParseAll(string text, ImmutableArray<EntityMention> mentions)
    {
        var names = new MentionName[mentions.Length];
        for (var i = 0; i < mentions.Length; i++)
        {
            names[i] = Parse(text, mentions[i]);
        }

        return names;
    }

    public static MentionName Parse(string text, in EntityMention mention)
    {
        var span = mention.Text.AsSpan().Trim().Trim(EdgePunctuation);
        span = StripPossessive(span);
        if (span.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            span = span[4..].TrimStart();
        }

        string? honorific = null;
        string? titleInSpan = null;
        if (!NameLexicon.IsValueType(mention.Type))
        {
            var first = FirstWord(span);
            if (first.Length < span.Length && NameLexicon.IsHonorific(first))
            {
                honorific = first.ToString();
                span = span[first.Length..].TrimStart();
            }
            else if (mention.Type == EntityType.Person)
            {
                var titleLength = 0;
                var rest = span;
                for (var word = FirstWord(rest); word.Length < rest.Length && NameLexicon.IsTitleWord(word); word = FirstWord(rest))
                {
                    titleLength = span.Length - rest.Length + word.Length;
                    rest = rest[word.Length..].TrimStart();
                }

                if (titleLength > 0 && ContainsHead(span[..titleLength]))
                {
                    titleInSpan = span[..titleLength].ToString();
                    span = rest;
                    var after = FirstWord(span);
                    if (after.Length < span.Length && NameLexicon.IsHonorific(after))
                    {
                        honorific = after.ToString();
                        span = span[after.Length..].TrimStart();
                    }
                }
            }
        }

        // Stripping quotes and a possessive can leave only spaces ("“ ”", "' 's"): a name is never blank.
        span = span.Trim();
        if (span.IsEmpty)
        {
            span = mention.Text.AsSpan().Trim();
        }

        var nameText = span.ToString();
        var words = SplitWords(span);
        var key = KeyOf(words);
        var before = WordBefore(text, mention.Start);
        if (honorific is null && NameLexicon.IsHonorific(before))
        {
            honorific = before.ToString();
        }

        return new MentionName(nameText, words, key, honorific, titleInSpan, NameLexicon.IsTitleHead(before));
    }

    /// <summary>
    /// The matching key: words upper-case, joined by one space, without dots ("U.S." as "US", "St. Louis" as
    /// "ST LOUIS") and with curly apostrophes straight ("O’Brien" as "O'BRIEN").
    /// </summary>
    private static string KeyOf(ImmutableArray<string> words)
    {
        // Upper case, words joined by one space, dots dropped from a word longer than one character (unless that
        // leaves nothing), the typographic apostrophe as the plain one. Measured first, then written once.
        var length = words.Length - 1;
        foreach (var word in words)
        {
            length += word.Length - (DropsDots(word) ? word.AsSpan().Count('.') : 0);
        }

        return string.Create(Math.Max(0, length), words, static (destination, words) =>
        {
            var written = 0;
            foreach (var word in words)
            {
                if (written > 0)
                {
                    destination[written++] = ' ';
                }

                var dropDots = DropsDots(word);
                foreach (var c in word)
                {
                    if (!(dropDots && c == '.'))
                    {
                        destination[written++] = c == '’' ? '\'' : char.ToUpperInvariant(c);
                    }
                }
            }
        });
    }

    private static bool DropsDots(string word) => word.Length > 1 && word.Contains('.', StringComparison.Ordinal) && word.AsSpan().ContainsAnyExcept('.');

    private static ReadOnlySpan<char> StripPossessive(ReadOnlySpan<char> span)
    {
        if (span.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || span.EndsWith("’s", StringComparison.OrdinalIgnoreCase))
        {
            return span[..^2];
        }

        if (span.Length > 2 && (span[^1] == '\'' || span[^1] == '’') && span[^2] is 's' or 'S')
        {
            return span[..^1];
        }

        return span;
    }

    private static bool ContainsHead(ReadOnlySpan<char> phrase)
    {
        foreach (var range in phrase.Split(' '))
        {
            if (NameLexicon.IsTitleHead(phrase[range]))
            {
                return true;
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> span)
    {
        var end = span.IndexOfAny(' ', '\t', '\n');
        return end < 0 ? span : span[..end];
    }

    /// <summary>The word just before <paramref name="position"/> on the same line (spaces skipped), or empty.</summary>
    internal static ReadOnlySpan<char> WordBefore(string text, int position)
    {
        var end = position;
        while (end > 0 && text[end - 1] is ' ' or '\t' or '\u00A0')
        {
            end--;
        }

        var start = end;
        while (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '.' or '-'))
        {
            start--;
        }

        return text.AsSpan(start, end - start);
    }

    private static ImmutableArray<string> SplitWords(ReadOnlySpan<char> name)
    {
        var count = 0;
        foreach (var range in name.SplitAny(WordSeparators))
        {
            count += PartsOf(name[range], out _, out _);
        }

        if (count == 0)
        {
            return [];
        }

        // Counted first, so that the array is allocated once at its final size.
        var words = ImmutableArray.CreateBuilder<string>(count);
        foreach (var range in name.SplitAny(WordSeparators))
        {
            switch (PartsOf(name[range], out var word, out var hyphen))
            {
                case 2:
                    words.Add(word[..hyphen].ToString());
                    words.Add(word[(hyphen + 1)..].ToString());
                    break;
                case 1:
                    words.Add(word.ToString());
                    break;
            }
        }

        return words.MoveToImmutable();
    }

    /// <summary>
    /// How many words one space-separated segment gives: none when only punctuation, two when a particle is joined to
    /// the next word by a hyphen ("al-Sudani": <paramref name="hyphen"/> is where to cut), otherwise one.
    /// </summary>
    private static int PartsOf(ReadOnlySpan<char> segment, out ReadOnlySpan<char> word, out int hyphen)
    {
        word = segment.Trim(EdgePunctuation);
        hyphen = word.IndexOf('-');
        if (word.IsEmpty)
        {
            return 0;
        }

        return hyphen > 0 && hyphen < word.Length - 1 && NameLexicon.IsParticle(word[..hyphen]) ? 2 : 1;
    }
}
