namespace EntityKit.Geo;

/// <summary>
/// What one article says about where it is: the countries and first-level divisions its place entities name (with
/// which entity named them, so an entity's own name never counts as context for itself), and the publisher's
/// country. Built once per article.
/// </summary>
internal sealed class PlaceContext
{
    private readonly Dictionary<string, Dictionary<int, int>> _countries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<int, int>> _divisions = new(StringComparer.Ordinal);

    public PlaceContext(string? publisherCountry) => PublisherCountry = publisherCountry;

    public string? PublisherCountry { get; }

    public void AddCountry(string code, int entity, int mentions) => Add(_countries, code, entity, mentions);

    public void AddDivision(string code, int entity, int mentions) => Add(_divisions, code, entity, mentions);

    /// <summary>Mentions of the country by entities other than <paramref name="self"/>.</summary>
    public int CountryMentions(string code, int self) => Count(_countries, code, self);

    /// <summary>Mentions of the first-level division by entities other than <paramref name="self"/>.</summary>
    public int DivisionMentions(string? code, int self) => code is null ? 0 : Count(_divisions, code, self);

    private static void Add(Dictionary<string, Dictionary<int, int>> table, string code, int entity, int mentions)
    {
        if (!table.TryGetValue(code, out var byEntity))
        {
            table[code] = byEntity = [];
        }

        byEntity[entity] = mentions;
    }

    private static int Count(Dictionary<string, Dictionary<int, int>> table, string code, int self)
    {
        if (!table.TryGetValue(code, out var byEntity))
        {
            return 0;
        }

        var total = 0;
        foreach (var (entity, mentions) in byEntity)
        {
            total += entity == self ? 0 : mentions;
        }

        return total;
    }

    /// <summary>The country of an article URL's country-code top-level domain (<c>bbc.co.uk</c> is GB), or null for
    /// generic domains.</summary>
    public static string? CountryOfUrl(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var host = uri.Host;
        var dot = host.LastIndexOf('.');
        if (dot < 0 || host.Length - dot - 1 != 2)
        {
            return null;
        }

        var tld = host[(dot + 1)..].ToUpperInvariant();
        return tld switch
        {
            "UK" => "GB",
            "IO" or "TV" or "ME" or "FM" or "LY" or "CO" or "AI" or "CC" or "WS" or "GG" or "TO" or "EU" => null,
            _ => tld,
        };
    }
}
