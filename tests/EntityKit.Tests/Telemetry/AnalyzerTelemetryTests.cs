using System.Diagnostics;
using System.Diagnostics.Metrics;
using EntityKit.Telemetry;
using EntityKit.Tests.Fakes;

namespace EntityKit.Tests.Telemetry;

public sealed class AnalyzerTelemetryTests
{
    /// <summary>Collects the measurements of one telemetry object's meter only, so that parallel tests do not mix in.</summary>
    private sealed class Measurements : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly List<(string Instrument, double Value, Dictionary<string, object?> Tags)> _recorded = [];

        public Measurements(AnalyzerTelemetry telemetry)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (ReferenceEquals(instrument.Meter, telemetry.Meter))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(instrument, value, tags));
            _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(instrument, value, tags));
            _listener.Start();
        }

        public double Sum(string instrument) => Select(instrument).Sum(m => m.Value);

        public int Count(string instrument) => Select(instrument).Count();

        public IReadOnlyList<(string Instrument, double Value, Dictionary<string, object?> Tags)> Select(string instrument)
        {
            lock (_recorded)
            {
                return _recorded.Where(m => m.Instrument == instrument).ToList();
            }
        }

        public void Dispose() => _listener.Dispose();

        private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            var copy = new Dictionary<string, object?>();
            foreach (var tag in tags)
            {
                copy[tag.Key] = tag.Value;
            }

            lock (_recorded)
            {
                _recorded.Add((instrument.Name, value, copy));
            }
        }
    }

    private static ArticleAnalyzer CreateAnalyzer(AnalyzerTelemetry telemetry, int maxLength = 1000)
    {
        var split = new WhitespaceTokenizer();
        return ArticleAnalyzer.CreateBuilder()
            .WithTokenizer(split).WithSentenceSplitter(split)
            .AddRecognizer(new WordListRecognizer("names", EntityType.Person, "Austin"))
            .WithOptions(new AnalyzerOptions { MaxArticleLength = maxLength })
            .WithTelemetry(telemetry)
            .Build();
    }

    [Fact]
    public void AnalyzeMany_CountsArticlesTokensMentionsAndFailuresOncePerArticle()
    {
        using var telemetry = new AnalyzerTelemetry();
        using var measurements = new Measurements(telemetry);
        var analyzer = CreateAnalyzer(telemetry, maxLength: 30);
        Article[] articles = [new("a", "Austin spoke today"), new("b", "rain again"), new("c", new string('x', 31)), null!];

        var results = analyzer.AnalyzeMany(articles).ToList();

        Assert.Equal([true, true, false, false], results.Select(r => r.Succeeded));
        Assert.Equal(2, measurements.Sum("entitykit.articles"));
        Assert.Equal(5, measurements.Sum("entitykit.tokens"));
        Assert.Equal(1, measurements.Sum("entitykit.mentions"));
        var failures = measurements.Select("entitykit.article.failures");
        Assert.Equal(
            [typeof(ArticleTooLongException).FullName, typeof(ArgumentNullException).FullName],
            failures.Select(f => (string?)f.Tags["error.type"]).Order(StringComparer.Ordinal));
        var durations = measurements.Select("entitykit.analysis.duration");
        Assert.Equal(["failure", "success", "success"], durations.Select(d => (string?)d.Tags["outcome"]).Order(StringComparer.Ordinal));
        Assert.All(durations, d => Assert.True(d.Value >= 0));
    }

    [Fact]
    public void Analyze_WithActivityListener_RecordsOneActivityPerArticleWithItsCounts()
    {
        using var telemetry = new AnalyzerTelemetry();
        var activities = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => ReferenceEquals(source, telemetry.ActivitySource),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activities.Add,
        };
        ActivitySource.AddActivityListener(listener);

        CreateAnalyzer(telemetry).Analyze(new Article("a-1", "Austin met Austin"));

        var activity = Assert.Single(activities);
        Assert.Equal(AnalyzerTelemetry.AnalyzeActivityName, activity.OperationName);
        Assert.Equal("a-1", activity.GetTagItem("entitykit.article.id"));
        Assert.Equal(3, activity.GetTagItem("entitykit.tokens"));
        Assert.Equal(2, activity.GetTagItem("entitykit.mentions"));
    }

    [Fact]
    public void Analyze_Cancelled_RecordsNoFailure()
    {
        using var telemetry = new AnalyzerTelemetry();
        using var measurements = new Measurements(telemetry);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => CreateAnalyzer(telemetry).Analyze(new Article("a", "Austin"), cancelled.Token));

        Assert.Equal(0, measurements.Count("entitykit.article.failures"));
        Assert.Equal(0, measurements.Count("entitykit.articles"));
    }

    [Fact]
    public void Builder_WithoutTelemetry_UsesTheSharedMeterNamedEntityKit()
    {
        var analyzer = ArticleAnalyzer.CreateBuilder().Build();

        Assert.Same(AnalyzerTelemetry.Shared, analyzer.Telemetry);
        Assert.Equal("EntityKit", analyzer.Telemetry.Meter.Name);
        Assert.Equal("EntityKit", analyzer.Telemetry.ActivitySource.Name);
    }
}
