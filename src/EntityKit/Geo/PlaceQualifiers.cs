using System.Collections.Immutable;

namespace EntityKit.Geo;

/// <summary>
/// The states and countries written right after an entity's mentions: "Alexandria, La.", "Austin, Texas",
/// "Paris, France". Reads only a few characters after each mention of the one entity.
/// </summary>
internal sealed class PlaceQualifiers
{
    private const int MaxQualifierLength = 24;
    private static readonly PlaceQualifiers None = new([], []);

    private readonly HashSet<string> _countries;
    private readonly HashSet<string> _divisions;

    private PlaceQualifiers(HashSet<string> countries, HashSet<string> divisions)
    {
        _countries = countries;
        _divisions = divisions;
    }

    public bool Matches(string country, string? division) =>
        _countries.Contains(country) || division is not null && _divisions.Contains(division);

    public static PlaceQualifiers After(string text, ImmutableArray<EntityMention> mentions, Entity entity, GeoGazetteer gazetteer)
    {
        HashSet<string>? countries = null, divisions = null;
        foreach (var index in entity.MentionIndexes)
        {
            if (index < 0 || index >= mentions.Length)
            {
                continue;
            }

            var written = WordsAfterComma(text, mentions[index].End);
            if (written is null)
            {
                continue;
            }

            if (StateAbbreviations.DivisionOf(written) is { } abbreviated)
            {
                (divisions ??= []).Add(abbreviated);
                continue;
            }

            foreach (var candidate in gazetteer.Find(PlaceNames.Key(written)))
            {
                if (candidate.Kind == GeoPlaceKind.Division)
                {
                    (divisions ??= []).Add(gazetteer.DivisionOf(candidate)!);
                }
                else if (candidate.Kind == GeoPlaceKind.Country)
                {
                    (countries ??= []).Add(gazetteer.CountryOf(candidate));
                }
            }
        }

        return countries is null && divisions is null ? None : new PlaceQualifiers(countries ?? [], divisions ?? []);
    }

    /// <summary>The capitalised words (with dots) after ", " at <paramref name="end"/>: "La." of "Alexandria, La., was".</summary>
    private static string? WordsAfterComma(string text, int end)
    {
        if (end + 2 >= text.Length || text[end] != ',' || text[end + 1] != ' ' || !char.IsUpper(text[end + 2]))
        {
            return null;
        }

        var start = end + 2;
        var i = start;
        var limit = Math.Min(text.Length, start + MaxQualifierLength);
        while (i < limit && (char.IsLetter(text[i]) || text[i] == '.' || text[i] == ' ' && i + 1 < limit && char.IsUpper(text[i + 1])))
        {
            i++;
        }

        var written = text[start..i].TrimEnd();
        return written.EndsWith('.') && written.Length > 2 && !IsAbbreviationWithDot(written) ? written[..^1] : written;
    }

    /// <summary>"La." and "N.Y." keep their dot (it marks the abbreviation); a sentence's full stop after a name does not.</summary>
    private static bool IsAbbreviationWithDot(string written) => written.Length <= 6;
}
