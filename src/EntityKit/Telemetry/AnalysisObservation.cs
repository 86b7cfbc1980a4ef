using System.Diagnostics;

namespace EntityKit.Telemetry;

/// <summary>The telemetry of one article's analysis in progress: its activity (when someone listens) and start time.</summary>
internal readonly struct AnalysisObservation : IDisposable
{
    private readonly AnalyzerTelemetry _telemetry;
    private readonly Activity? _activity;
    private readonly long _started;

    internal AnalysisObservation(AnalyzerTelemetry telemetry, Activity? activity, long started)
    {
        _telemetry = telemetry;
        _activity = activity;
        _started = started;
    }

    /// <summary>Records the analysed article.</summary>
    public void Succeeded(ArticleAnalysis analysis) => _telemetry.RecordSuccess(_activity, _started, analysis);

    /// <summary>Records the article's failure.</summary>
    public void Failed(Exception exception) => _telemetry.RecordFailure(_activity, _started, exception);

    /// <summary>Ends the activity.</summary>
    public void Dispose() => _activity?.Dispose();
}
