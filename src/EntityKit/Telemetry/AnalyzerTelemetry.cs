using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace EntityKit.Telemetry;

/// <summary>
/// The analyzer's metrics (<see cref="Meter"/>) and traces (<see cref="ActivitySource"/>), both named
/// <see cref="Name"/> ("EntityKit"). Everything is recorded once per article, never per token, and costs next to
/// nothing while nobody listens.
/// </summary>
/// <remarks>
/// <para>Instruments: <c>entitykit.articles</c> (articles analysed), <c>entitykit.tokens</c> (their tokens),
/// <c>entitykit.mentions</c> (their mentions), <c>entitykit.article.failures</c> (articles that failed, tagged with
/// <c>error.type</c>) and the histogram <c>entitykit.analysis.duration</c> (seconds per article, tagged with
/// <c>outcome</c> = <c>success</c> or <c>failure</c>). Each analysed article is one activity
/// <c>EntityKit.Analyze</c> tagged with the article id and counts.</para>
/// <para>Listen with OpenTelemetry (<c>AddMeter("EntityKit")</c>, <c>AddSource("EntityKit")</c>), <c>dotnet-counters</c>
/// or a <see cref="MeterListener"/>. Thread-safe; dispose it (or the <see cref="IMeterFactory"/> that created its meter)
/// when the analyzers using it are no longer used.</para>
/// </remarks>
public sealed class AnalyzerTelemetry : IDisposable
{
    /// <summary>The name of the meter and of the activity source: "EntityKit".</summary>
    public const string Name = "EntityKit";

    /// <summary>The name of the activity recorded for each article.</summary>
    public const string AnalyzeActivityName = "EntityKit.Analyze";

    private static readonly string? Version = typeof(AnalyzerTelemetry).Assembly.GetName().Version?.ToString();

    private readonly Counter<long> _articles;
    private readonly Counter<long> _tokens;
    private readonly Counter<long> _mentions;
    private readonly Counter<long> _failures;
    private readonly Histogram<double> _duration;

    /// <summary>Creates the instruments on a meter of the given factory (the one of a dependency-injection container,
    /// so that its lifetime is the container's), or on a meter of its own when <paramref name="meterFactory"/> is null.</summary>
    /// <param name="meterFactory">Creates the meter; null for a meter owned by this object.</param>
    public AnalyzerTelemetry(IMeterFactory? meterFactory = null)
    {
        var meterOptions = new MeterOptions(Name) { Version = Version };
        Meter = meterFactory is null ? new Meter(meterOptions) : meterFactory.Create(meterOptions);
        ActivitySource = new ActivitySource(Name, Version);
        _articles = Meter.CreateCounter<long>("entitykit.articles", "{article}", "Articles analysed.");
        _tokens = Meter.CreateCounter<long>("entitykit.tokens", "{token}", "Tokens of the articles analysed.");
        _mentions = Meter.CreateCounter<long>("entitykit.mentions", "{mention}", "Entity mentions found.");
        _failures = Meter.CreateCounter<long>("entitykit.article.failures", "{article}", "Articles that could not be analysed.");
        _duration = Meter.CreateHistogram(
            "entitykit.analysis.duration",
            "s",
            "Time to analyse one article.",
            tags: null,
            advice: new InstrumentAdvice<double>
            {
                HistogramBucketBoundaries = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
            });
    }

    /// <summary>The telemetry that analyzers use unless they are given another: one meter and activity source for the
    /// process, alive as long as it is.</summary>
    public static AnalyzerTelemetry Shared { get; } = new();

    /// <summary>The meter of the instruments.</summary>
    public Meter Meter { get; }

    /// <summary>The source of the per-article activities.</summary>
    public ActivitySource ActivitySource { get; }

    /// <summary>Starts observing the analysis of one article; complete it with <see cref="AnalysisObservation.Succeeded"/>
    /// or <see cref="AnalysisObservation.Failed"/>, and dispose it.</summary>
    internal AnalysisObservation Start(Article article)
    {
        var activity = ActivitySource.StartActivity(AnalyzeActivityName, ActivityKind.Internal);
        activity?.SetTag("entitykit.article.id", article.Id);
        var started = _duration.Enabled ? Stopwatch.GetTimestamp() : 0;
        return new AnalysisObservation(this, activity, started);
    }

    /// <summary>Records an article a batch could not even start (a null element).</summary>
    internal void RecordRejected(string errorType) =>
        _failures.Add(1, new KeyValuePair<string, object?>("error.type", errorType));

    internal void RecordSuccess(Activity? activity, long started, ArticleAnalysis analysis)
    {
        _articles.Add(1);
        _tokens.Add(analysis.Tokens.Length);
        _mentions.Add(analysis.Mentions.Length);
        RecordDuration(started, "success");
        if (activity is not null)
        {
            activity.SetTag("entitykit.tokens", analysis.Tokens.Length);
            activity.SetTag("entitykit.mentions", analysis.Mentions.Length);
            activity.SetTag("entitykit.entities", analysis.Entities.Length);
        }
    }

    internal void RecordFailure(Activity? activity, long started, Exception exception)
    {
        var errorType = exception.GetType().FullName ?? exception.GetType().Name;
        _failures.Add(1, new KeyValuePair<string, object?>("error.type", errorType));
        RecordDuration(started, "failure");
        if (activity is not null)
        {
            activity.SetStatus(ActivityStatusCode.Error, exception.Message);
            activity.SetTag("error.type", errorType);
        }
    }

    private void RecordDuration(long started, string outcome)
    {
        if (started != 0 && _duration.Enabled)
        {
            _duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("outcome", outcome));
        }
    }

    /// <summary>Disposes the meter and the activity source.</summary>
    public void Dispose()
    {
        Meter.Dispose();
        ActivitySource.Dispose();
    }
}
