namespace EntityKit.Evaluation.Geo;

/// <summary>
/// The literature's toponym-resolution metrics over a list of error distances (Gritta et al. 2018, "What's missing
/// in geographical parsing?"): accuracy@161 km (the share within 161 km = 100 miles), mean and median error in km,
/// and AUC, the area under the curve of sorted log(1 + error) scaled by log(20039), where 0 is perfect and 1 is
/// every toponym on the far side of the Earth.
/// </summary>
/// <param name="Count">Number of errors.</param>
/// <param name="AccuracyAt161">Share of errors of at most 161 km.</param>
/// <param name="MeanKm">Mean error in km.</param>
/// <param name="MedianKm">Median error in km.</param>
/// <param name="Auc">Area under the curve of scaled log errors.</param>
public sealed record GeoErrorStatistics(int Count, double AccuracyAt161, double MeanKm, double MedianKm, double Auc)
{
    /// <summary>Half the Earth's circumference in km: the largest possible error.</summary>
    public const double MaxErrorKm = 20039;

    /// <summary>The distance the literature counts as correct: 161 km (100 miles).</summary>
    public const double CorrectWithinKm = 161;

    /// <summary>Computes the metrics; all zero for no errors.</summary>
    /// <param name="errorsKm">Error distances in km.</param>
    public static GeoErrorStatistics From(IEnumerable<double> errorsKm)
    {
        ArgumentNullException.ThrowIfNull(errorsKm);
        var sorted = errorsKm.Order().ToArray();
        if (sorted.Length == 0)
        {
            return new GeoErrorStatistics(0, 0, 0, 0, 0);
        }

        var within = sorted.Count(e => e <= CorrectWithinKm);
        var median = sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
        return new GeoErrorStatistics(sorted.Length, (double)within / sorted.Length, sorted.Average(), median, AreaUnderLogErrors(sorted));
    }

    /// <summary>Trapezoid area under sorted log(1 + error), divided by (n - 1) log(20039); one error gives its own
    /// scaled log.</summary>
    private static double AreaUnderLogErrors(double[] sorted)
    {
        var scale = Math.Log(MaxErrorKm);
        if (sorted.Length == 1)
        {
            return Math.Log(1 + sorted[0]) / scale;
        }

        var area = 0.0;
        for (var i = 1; i < sorted.Length; i++)
        {
            area += (Math.Log(1 + sorted[i - 1]) + Math.Log(1 + sorted[i])) / 2;
        }

        return area / ((sorted.Length - 1) * scale);
    }
}
