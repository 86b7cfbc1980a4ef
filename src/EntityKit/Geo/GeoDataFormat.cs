using System.IO.Compression;
using System.Text;

namespace EntityKit.Geo;

/// <summary>
/// Reads the two Brotli-compressed tables written by tools/geo-data/build-geo-data.mjs. Places (<c>EKGEOP</c>):
/// version, feature codes, then per town id, latitude and longitude in 1e-5 degrees, population, country, admin1
/// code, feature code index, name, alternative name; then per division code, name, level (1 or 2), point and
/// population. Countries (<c>EKGEOC</c>): version, then per country code, name, point, area, names, demonyms.
/// Integers are little-endian, strings .NET BinaryWriter strings (7-bit length, UTF-8).
/// </summary>
internal static class GeoDataFormat
{
    private const int Version = 1;

    public static GeoTables ReadPlaces(Stream compressed)
    {
        using var reader = Open(compressed, "EKGEOP");
        var featureCodes = ReadStrings(reader);
        var townCount = reader.ReadInt32();
        var towns = new GeoTown[townCount];
        for (var i = 0; i < townCount; i++)
        {
            var id = reader.ReadInt32();
            var latitude = reader.ReadInt32() / 1e5;
            var longitude = reader.ReadInt32() / 1e5;
            var population = reader.ReadInt32();
            var country = string.Intern(reader.ReadString());
            var admin1 = reader.ReadString();
            var featureCode = featureCodes[reader.ReadByte()];
            var name = reader.ReadString();
            var alternative = reader.ReadString();
            towns[i] = new GeoTown(id, name, alternative, latitude, longitude, population, country,
                admin1.Length == 0 ? null : string.Intern(country + "." + admin1), featureCode);
        }

        var divisionCount = reader.ReadInt32();
        var divisions = new GeoDivision[divisionCount];
        for (var i = 0; i < divisionCount; i++)
        {
            var code = reader.ReadString();
            var name = reader.ReadString();
            var level = reader.ReadByte();
            var latitude = reader.ReadInt32() / 1e5;
            var longitude = reader.ReadInt32() / 1e5;
            divisions[i] = new GeoDivision(code, name, level, latitude, longitude, reader.ReadInt64(), code[..2]);
        }

        return new GeoTables(towns, divisions);
    }

    public static GeoCountry[] ReadCountries(Stream compressed)
    {
        using var reader = Open(compressed, "EKGEOC");
        var count = reader.ReadInt32();
        var countries = new GeoCountry[count];
        for (var i = 0; i < count; i++)
        {
            var code = reader.ReadString();
            var name = reader.ReadString();
            var latitude = reader.ReadInt32() / 1e5;
            var longitude = reader.ReadInt32() / 1e5;
            var area = reader.ReadInt32();
            countries[i] = new GeoCountry(code, name, latitude, longitude, area, ReadStrings(reader), ReadStrings(reader));
        }

        return countries;
    }

    private static BinaryReader Open(Stream compressed, string magic)
    {
        ArgumentNullException.ThrowIfNull(compressed);
        var reader = new BinaryReader(new BrotliStream(compressed, CompressionMode.Decompress, leaveOpen: true), Encoding.UTF8);
        var found = Encoding.ASCII.GetString(reader.ReadBytes(magic.Length));
        if (found != magic)
        {
            reader.Dispose();
            throw new InvalidDataException($"Not an EntityKit geo table: expected the header '{magic}', found '{found}'.");
        }

        var version = reader.ReadInt32();
        if (version != Version)
        {
            reader.Dispose();
            throw new InvalidDataException($"Geo table '{magic}' has format version {version}; this EntityKit reads version {Version}.");
        }

        return reader;
    }

    private static string[] ReadStrings(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var strings = new string[count];
        for (var i = 0; i < count; i++)
        {
            strings[i] = reader.ReadString();
        }

        return strings;
    }
}

/// <summary>A town of the gazetteer (GeoNames cities with at least 1,000 inhabitants).</summary>
internal sealed record GeoTown(int Id, string Name, string AlternativeName, double Latitude, double Longitude, int Population,
    string Country, string? Division, string FeatureCode);

/// <summary>A first-level (state, province) or second-level (county) division; its point is the mean of its towns.</summary>
internal sealed record GeoDivision(string Code, string Name, int Level, double Latitude, double Longitude, long Population, string Country)
{
    /// <summary>The first-level division: itself, or "US.LA" for the county "US.LA.079".</summary>
    public string FirstLevelCode => Level == 1 ? Code : Code[..Code.IndexOf('.', 3)];
}

/// <summary>A country with its names and demonyms.</summary>
internal sealed record GeoCountry(string Code, string Name, double Latitude, double Longitude, int Area, string[] Names, string[] Demonyms);

/// <summary>The towns and divisions of the places table.</summary>
internal sealed record GeoTables(GeoTown[] Towns, GeoDivision[] Divisions);
