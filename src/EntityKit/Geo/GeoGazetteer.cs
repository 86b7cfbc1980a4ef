using System.Collections.Frozen;

namespace EntityKit.Geo;

/// <summary>What kind of gazetteer record a candidate is.</summary>
internal enum GeoPlaceKind
{
    Town,
    Division,
    Country,
}

/// <summary>One reading of a place name: a record of the gazetteer.</summary>
internal readonly record struct GeoCandidate(GeoPlaceKind Kind, int Index);

/// <summary>
/// An offline gazetteer for <see cref="PlaceLinker"/>: towns (GeoNames cities with at least 1,000 inhabitants, with
/// ids, coordinates, population, feature code and first-level division), first-level divisions and countries, indexed
/// by name. The English model package ships one (<c>EnglishGeoData.Gazetteer</c> in EntityKit.Models.English).
/// </summary>
/// <remarks>Immutable and thread-safe once loaded.</remarks>
public sealed class GeoGazetteer
{
    private readonly GeoTown[] _towns;
    private readonly GeoDivision[] _divisions;
    private readonly GeoCountry[] _countries;
    private readonly FrozenDictionary<string, GeoCandidate[]> _byName;
    private readonly FrozenDictionary<string, int> _countryByDemonym;
    private readonly FrozenDictionary<string, int> _countryByCode;
    private readonly FrozenDictionary<string, int> _divisionByCode;
    private readonly FrozenDictionary<string, long> _countryPopulation;

    private GeoGazetteer(GeoTables tables, GeoCountry[] countries)
    {
        _towns = tables.Towns;
        _divisions = tables.Divisions;
        _countries = countries;
        var byName = new Dictionary<string, List<GeoCandidate>>(StringComparer.Ordinal);
        for (var i = 0; i < _towns.Length; i++)
        {
            Add(byName, _towns[i].Name, new GeoCandidate(GeoPlaceKind.Town, i));
            var comma = _towns[i].Name.IndexOf(", ", StringComparison.Ordinal);
            if (comma > 0)
            {
                // "Washington, D.C." is also "Washington".
                Add(byName, _towns[i].Name[..comma], new GeoCandidate(GeoPlaceKind.Town, i));
            }

            if (_towns[i].AlternativeName.Length > 0)
            {
                Add(byName, _towns[i].AlternativeName, new GeoCandidate(GeoPlaceKind.Town, i));
            }
        }

        for (var i = 0; i < _divisions.Length; i++)
        {
            Add(byName, _divisions[i].Name, new GeoCandidate(GeoPlaceKind.Division, i));
        }

        var demonyms = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < _countries.Length; i++)
        {
            foreach (var name in _countries[i].Names)
            {
                Add(byName, name, new GeoCandidate(GeoPlaceKind.Country, i));
            }

            foreach (var demonym in _countries[i].Demonyms)
            {
                var key = PlaceNames.Key(demonym);
                demonyms.TryAdd(key, i);
                demonyms.TryAdd(key.EndsWith('s') ? key : key + "s", i);
            }
        }

        _byName = byName.ToFrozenDictionary(p => p.Key, p => p.Value.Distinct().ToArray(), StringComparer.Ordinal);
        _countryByDemonym = demonyms.ToFrozenDictionary(StringComparer.Ordinal);
        _countryByCode = _countries.Select((c, i) => (c.Code, i)).ToFrozenDictionary(p => p.Code, p => p.i, StringComparer.Ordinal);
        _divisionByCode = _divisions.Select((d, i) => (d.Code, i)).DistinctBy(p => p.Code).ToFrozenDictionary(p => p.Code, p => p.i, StringComparer.Ordinal);
        _countryPopulation = _towns.GroupBy(t => t.Country).ToFrozenDictionary(g => g.Key, g => g.Sum(t => (long)t.Population), StringComparer.Ordinal);
    }

    /// <summary>Number of towns.</summary>
    public int TownCount => _towns.Length;

    /// <summary>Number of first-level divisions.</summary>
    public int DivisionCount => _divisions.Length;

    /// <summary>Number of countries.</summary>
    public int CountryCount => _countries.Length;

    /// <summary>Loads a gazetteer from the places and countries tables built by tools/geo-data/build-geo-data.mjs.</summary>
    /// <param name="places">The places table (<c>geonames-places.ekg</c>).</param>
    /// <param name="countries">The countries table (<c>countries.ekg</c>).</param>
    /// <exception cref="InvalidDataException">A table is not a geo table of this format, or is truncated.</exception>
    public static GeoGazetteer Load(Stream places, Stream countries)
    {
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(countries);
        try
        {
            return new GeoGazetteer(GeoDataFormat.ReadPlaces(places), GeoDataFormat.ReadCountries(countries));
        }
        catch (EndOfStreamException exception)
        {
            throw new InvalidDataException("A geo table is truncated.", exception);
        }
        catch (IndexOutOfRangeException exception)
        {
            throw new InvalidDataException("A geo table refers to a feature code it does not define.", exception);
        }
    }

    internal GeoCandidate[] Find(string key) => _byName.TryGetValue(key, out var found) ? found : [];

    internal GeoCandidate? CountryOfDemonym(string key) =>
        _countryByDemonym.TryGetValue(key, out var index) ? new GeoCandidate(GeoPlaceKind.Country, index) : null;

    internal GeoTown Town(int index) => _towns[index];

    internal GeoDivision Division(int index) => _divisions[index];

    internal GeoCountry Country(int index) => _countries[index];

    internal GeoCandidate? DivisionByCode(string code) =>
        _divisionByCode.TryGetValue(code, out var index) ? new GeoCandidate(GeoPlaceKind.Division, index) : null;

    internal GeoCandidate? CountryByCode(string code) =>
        _countryByCode.TryGetValue(code, out var index) ? new GeoCandidate(GeoPlaceKind.Country, index) : null;

    /// <summary>The point of a candidate.</summary>
    internal (double Latitude, double Longitude) PointOf(GeoCandidate candidate) => candidate.Kind switch
    {
        GeoPlaceKind.Town => (_towns[candidate.Index].Latitude, _towns[candidate.Index].Longitude),
        GeoPlaceKind.Division => (_divisions[candidate.Index].Latitude, _divisions[candidate.Index].Longitude),
        _ => (_countries[candidate.Index].Latitude, _countries[candidate.Index].Longitude),
    };

    internal long PopulationOfCountry(string code) => _countryPopulation.GetValueOrDefault(code);

    /// <summary>The country of a candidate.</summary>
    internal string CountryOf(GeoCandidate candidate) => candidate.Kind switch
    {
        GeoPlaceKind.Town => _towns[candidate.Index].Country,
        GeoPlaceKind.Division => _divisions[candidate.Index].Country,
        _ => _countries[candidate.Index].Code,
    };

    /// <summary>The first-level division of a candidate (itself for a division), or null.</summary>
    internal string? DivisionOf(GeoCandidate candidate) => candidate.Kind switch
    {
        GeoPlaceKind.Town => _towns[candidate.Index].Division,
        GeoPlaceKind.Division => _divisions[candidate.Index].FirstLevelCode,
        _ => null,
    };

    /// <summary>The population behind a candidate (a division's or country's towns summed).</summary>
    internal long PopulationOf(GeoCandidate candidate) => candidate.Kind switch
    {
        GeoPlaceKind.Town => _towns[candidate.Index].Population,
        GeoPlaceKind.Division => _divisions[candidate.Index].Population,
        _ => PopulationOfCountry(_countries[candidate.Index].Code),
    };

    /// <summary>The link a candidate gives.</summary>
    internal EntityLink LinkOf(GeoCandidate candidate, double score) => candidate.Kind switch
    {
        GeoPlaceKind.Town => TownLink(_towns[candidate.Index]) with { Score = score },
        GeoPlaceKind.Division => DivisionLink(_divisions[candidate.Index]) with { Score = score },
        _ => CountryLink(_countries[candidate.Index]) with { Score = score },
    };

    private static EntityLink TownLink(GeoTown town) => new("geonames", town.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))
    {
        Name = town.Name, Latitude = town.Latitude, Longitude = town.Longitude, CountryCode = town.Country, FeatureClass = "P",
        FeatureCode = town.FeatureCode, Population = town.Population,
    };

    private static EntityLink DivisionLink(GeoDivision division) => new(division.Level == 1 ? "geonames-admin1" : "geonames-admin2", division.Code)
    {
        Name = division.Name, Latitude = division.Latitude, Longitude = division.Longitude, CountryCode = division.Country,
        FeatureClass = "A", FeatureCode = division.Level == 1 ? "ADM1" : "ADM2", Population = division.Population,
    };

    private EntityLink CountryLink(GeoCountry country) => new("iso-3166", country.Code)
    {
        Name = country.Name, Latitude = country.Latitude, Longitude = country.Longitude, CountryCode = country.Code,
        FeatureClass = "A", FeatureCode = "PCLI", Population = PopulationOfCountry(country.Code),
    };

    private static void Add(Dictionary<string, List<GeoCandidate>> byName, string name, GeoCandidate candidate)
    {
        var key = PlaceNames.Key(name);
        if (key.Length == 0)
        {
            return;
        }

        if (!byName.TryGetValue(key, out var list))
        {
            byName[key] = list = [];
        }

        list.Add(candidate);
    }
}
