namespace EntityKit;

/// <summary>
/// A link from an entity to a record of a knowledge base or gazetteer, with the record's coordinates and country
/// when it is a place: for example GeoNames 4314550 (Alexandria, Louisiana) at 31.3113, -92.4451, country US.
/// </summary>
/// <remarks>Immutable.</remarks>
/// <param name="Source">The knowledge base: <c>geonames</c> (a GeoNames id), <c>geonames-admin1</c> (a GeoNames
/// first-level division code such as <c>US.LA</c>) or <c>iso-3166</c> (a country code such as <c>IQ</c>).</param>
/// <param name="Id">The record's identifier in <paramref name="Source"/>.</param>
public sealed record EntityLink(string Source, string Id)
{
    /// <summary>The record's own name, for example "Alexandria".</summary>
    public string? Name { get; init; }

    /// <summary>Latitude in degrees (WGS 84), when the record is a place.</summary>
    public double? Latitude { get; init; }

    /// <summary>Longitude in degrees (WGS 84), when the record is a place.</summary>
    public double? Longitude { get; init; }

    /// <summary>The ISO 3166-1 alpha-2 code of the place's country.</summary>
    public string? CountryCode { get; init; }

    /// <summary>The GeoNames feature class: <c>P</c> populated place, <c>A</c> country or division.</summary>
    public string? FeatureClass { get; init; }

    /// <summary>The GeoNames feature code: <c>PPLA2</c>, <c>PPLC</c>, <c>ADM1</c>, <c>PCLI</c>…</summary>
    public string? FeatureCode { get; init; }

    /// <summary>The place's population (for a division or country, the sum over its towns in the gazetteer).</summary>
    public long? Population { get; init; }

    /// <summary>How strongly the linker preferred this record (higher is surer; comparable within one linker).</summary>
    public double Score { get; init; }
}
