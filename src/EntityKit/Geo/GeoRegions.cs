using System.Collections.Frozen;

namespace EntityKit.Geo;

/// <summary>
/// Names the gazetteer tables lack, written by us: continents and large regions with an approximate centre point
/// (source <c>entitykit-region</c>), and common names of countries that world-countries does not list
/// ("Britain", "America").
/// </summary>
internal static class GeoRegions
{
    /// <summary>Country names in everyday English mapped to ISO 3166-1 codes.</summary>
    public static readonly FrozenDictionary<string, string> CountryAliases = new Dictionary<string, string>
    {
        ["britain"] = "GB", ["america"] = "US", ["holland"] = "NL", ["burma"] = "MM", ["persia"] = "IR",
        ["ivory coast"] = "CI", ["czech republic"] = "CZ", ["east timor"] = "TL", ["swaziland"] = "SZ",
        ["the states"] = "US", ["us of a"] = "US", ["england"] = "GB", ["scotland"] = "GB", ["wales"] = "GB",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Continents and regions: key, display name, approximate centre.</summary>
    public static readonly FrozenDictionary<string, (string Name, double Latitude, double Longitude)> Regions =
        new Dictionary<string, (string, double, double)>
        {
            ["europe"] = ("Europe", 48.7, 9.1),
            ["africa"] = ("Africa", 7.2, 21.1),
            ["asia"] = ("Asia", 29.8, 89.3),
            ["north america"] = ("North America", 46.1, -100.5),
            ["south america"] = ("South America", -14.6, -57.7),
            ["latin america"] = ("Latin America", -8.8, -55.5),
            ["central america"] = ("Central America", 12.8, -85.6),
            ["oceania"] = ("Oceania", -18.3, 138.5),
            ["antarctica"] = ("Antarctica", -78.2, 16.4),
            ["middle east"] = ("Middle East", 29.0, 41.0),
            ["mideast"] = ("Middle East", 29.0, 41.0),
            ["west bank"] = ("West Bank", 32.0, 35.25),
            ["gaza strip"] = ("Gaza Strip", 31.42, 34.37),
            ["darfur"] = ("Darfur", 13.5, 24.0),
            ["caribbean"] = ("Caribbean", 15.0, -75.0),
            ["balkans"] = ("Balkans", 43.0, 21.0),
            ["scandinavia"] = ("Scandinavia", 62.0, 15.0),
            ["southeast asia"] = ("Southeast Asia", 5.0, 110.0),
            ["east asia"] = ("East Asia", 35.0, 115.0),
            ["persian gulf"] = ("Persian Gulf", 26.5, 52.0),
            ["midwest"] = ("Midwest", 41.5, -90.0),
            ["new england"] = ("New England", 43.5, -71.5),
            ["pacific northwest"] = ("Pacific Northwest", 46.0, -121.0),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    public static EntityLink? RegionLink(string key) =>
        Regions.TryGetValue(key, out var region)
            ? new EntityLink("entitykit-region", key.Replace(' ', '-'))
            {
                Name = region.Name, Latitude = region.Latitude, Longitude = region.Longitude, FeatureClass = "L", FeatureCode = "RGN",
            }
            : null;
}
