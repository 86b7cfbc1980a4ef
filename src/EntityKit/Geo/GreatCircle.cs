namespace EntityKit.Geo;

/// <summary>Distances on the Earth's surface.</summary>
public static class GreatCircle
{
    /// <summary>The mean Earth radius in km.</summary>
    public const double EarthRadiusKm = 6371.0;

    /// <summary>The great-circle distance in km between two points in degrees (haversine formula).</summary>
    /// <param name="latitude1">Latitude of the first point.</param>
    /// <param name="longitude1">Longitude of the first point.</param>
    /// <param name="latitude2">Latitude of the second point.</param>
    /// <param name="longitude2">Longitude of the second point.</param>
    public static double DistanceKm(double latitude1, double longitude1, double latitude2, double longitude2)
    {
        var dLat = double.DegreesToRadians(latitude2 - latitude1);
        var dLon = double.DegreesToRadians(longitude2 - longitude1);
        var a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(double.DegreesToRadians(latitude1)) * Math.Cos(double.DegreesToRadians(latitude2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
