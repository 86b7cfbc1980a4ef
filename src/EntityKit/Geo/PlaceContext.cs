namespace EntityKit.Geo;

/// <summary>
/// What one article says about where it is: the countries and first-level divisions its place entities name (each
/// with how many mentions), and the publisher's country. Built once per article.
/// </summary>
internal sealed class PlaceContext
{
    private readonly Dictionary<string, int> _countries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _divisions = new(StringComparer.Ordinal);

    public PlaceContext(string? publisherCountry) => PublisherCountry = publisherCountry;

    public string? PublisherCountry { get; }

    public void AddCountry(string code, int mentions) =>
        _countries[code] = _countries.GetValueOrDefault(code) + mentions;

    public void AddDivision(string code, int mentions) =>
        _divisions[code] = _divisions.GetValueOrDefault(code) + mentions;

    public int CountryMentions(string code) => _countries.GetValueOrDefault(code);

    public int DivisionMentions(string? code) => code is null ? 0 : _divisions.GetValueOrDefault(code);

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
