namespace EntityKit.Geo;

/// <summary>
/// The local readings (towns and counties) of all the article's place names, to find names that can be read close
/// together: "Paris" and "Henry County" are each ambiguous, but only Paris, Tennessee lies in a Henry County, so the
/// two names support those readings of each other even when neither is the first choice on its own. Built once per
/// article; a query compares against every reading with a cheap latitude filter first.
/// </summary>
internal sealed class NeighbourReadings
{
    private readonly List<(int Entity, double Latitude, double Longitude)> _points = [];

    public NeighbourReadings(GeoGazetteer gazetteer, List<GeoCandidate>?[] readings)
    {
        for (var entity = 0; entity < readings.Length; entity++)
        {
            if (readings[entity] is not { } candidates)
            {
                continue;
            }

            foreach (var candidate in candidates)
            {
                if (IsLocal(gazetteer, candidate))
                {
                    var (latitude, longitude) = gazetteer.PointOf(candidate);
                    _points.Add((entity, latitude, longitude));
                }
            }
        }
    }

    /// <summary>Whether a reading is a town or a county: a place small enough that closeness means something.</summary>
    public static bool IsLocal(GeoGazetteer gazetteer, GeoCandidate candidate) =>
        candidate.Kind == GeoPlaceKind.Town || candidate.Kind == GeoPlaceKind.Division && gazetteer.Division(candidate.Index).Level == 2;

    /// <summary>How many entities other than <paramref name="self"/> have a local reading within
    /// <paramref name="km"/> of the point, counting at most <paramref name="max"/>.</summary>
    public int EntitiesNear(double latitude, double longitude, int self, double km, int max)
    {
        var degrees = km / 111.0;
        var near = 0;
        var lastCounted = -1;
        foreach (var (entity, pointLatitude, pointLongitude) in _points)
        {
            if (entity == self || entity == lastCounted || Math.Abs(pointLatitude - latitude) > degrees
                || GreatCircle.DistanceKm(latitude, longitude, pointLatitude, pointLongitude) > km)
            {
                continue;
            }

            lastCounted = entity;
            if (++near == max)
            {
                break;
            }
        }

        return near;
    }
}
