using System.Collections.Frozen;

namespace EntityKit.Geo;

/// <summary>
/// US state abbreviations as they follow a town in news ("Alexandria, La.", "Austin, TX"): AP style (keys without
/// dots) and postal codes (only when written in capitals), mapped to GeoNames first-level division codes.
/// </summary>
internal static class StateAbbreviations
{
    private static readonly FrozenDictionary<string, string> ApStyle = new Dictionary<string, string>
    {
        ["ala"] = "AL", ["ariz"] = "AZ", ["ark"] = "AR", ["calif"] = "CA", ["colo"] = "CO", ["conn"] = "CT", ["del"] = "DE",
        ["fla"] = "FL", ["ga"] = "GA", ["ill"] = "IL", ["ind"] = "IN", ["kan"] = "KS", ["kans"] = "KS", ["ky"] = "KY",
        ["la"] = "LA", ["md"] = "MD", ["mass"] = "MA", ["mich"] = "MI", ["minn"] = "MN", ["miss"] = "MS", ["mo"] = "MO",
        ["mont"] = "MT", ["neb"] = "NE", ["nebr"] = "NE", ["nev"] = "NV", ["nh"] = "NH", ["nj"] = "NJ", ["nm"] = "NM",
        ["ny"] = "NY", ["nc"] = "NC", ["nd"] = "ND", ["okla"] = "OK", ["ore"] = "OR", ["pa"] = "PA", ["ri"] = "RI",
        ["sc"] = "SC", ["sd"] = "SD", ["tenn"] = "TN", ["tex"] = "TX", ["vt"] = "VT", ["va"] = "VA", ["wash"] = "WA",
        ["wva"] = "WV", ["dc"] = "DC", ["wis"] = "WI", ["wisc"] = "WI", ["wyo"] = "WY",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Postal = FrozenSet.ToFrozenSet(
    [
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME",
        "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA",
        "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC",
    ], StringComparer.Ordinal);

    /// <summary>The division code ("US.LA") an abbreviation as written stands for, or null.</summary>
    public static string? DivisionOf(string written)
    {
        if (written.Length == 2 && Postal.Contains(written))
        {
            return "US." + written;
        }

        return written.Contains('.', StringComparison.Ordinal) && ApStyle.TryGetValue(PlaceNames.Key(written).Replace(" ", string.Empty, StringComparison.Ordinal), out var code)
            ? "US." + code
            : null;
    }
}
