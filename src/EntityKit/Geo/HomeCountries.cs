namespace EntityKit.Geo;

/// <summary>
/// Where an article is at home: the country that its other places' first readings lie in most often (weighted by
/// mentions). "Paris" in an article whose other places are Henry County and Jackson is read in that country before the
/// capital of France; a lone name, or one whose article has no other places, has no home country. Built once per
/// article from the first-pass readings, so each entity's home leaves out its own reading.
/// </summary>
internal sealed class HomeCountries
{
    private readonly string?[] _countryOf;
    private readonly int[] _mentionsOf;
    private readonly Dictionary<string, int> _mentionsByCountry = new(StringComparer.Ordinal);

    public HomeCountries(int entities)
    {
        _countryOf = new string?[entities];
        _mentionsOf = new int[entities];
    }

    /// <summary>Records the country of entity <paramref name="entity"/>'s first reading.</summary>
    public void Add(int entity, string country, int mentions)
    {
        _countryOf[entity] = country;
        _mentionsOf[entity] = mentions;
        _mentionsByCountry[country] = _mentionsByCountry.GetValueOrDefault(country) + mentions;
    }

    /// <summary>The country most mentioned by the other entities' readings, or null when there is none or when two
    /// countries tie.</summary>
    public string? Of(int self)
    {
        string? best = null;
        int bestMentions = 0, secondMentions = 0;
        foreach (var (country, total) in _mentionsByCountry)
        {
            var mentions = country == _countryOf[self] ? total - _mentionsOf[self] : total;
            if (mentions > bestMentions)
            {
                (secondMentions, bestMentions, best) = (bestMentions, mentions, country);
            }
            else if (mentions > secondMentions)
            {
                secondMentions = mentions;
            }
        }

        return bestMentions > secondMentions ? best : null;
    }
}
