using System.Diagnostics;
using System.Diagnostics.Metrics;
using EntityKit.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace EntityKit.Hosting.Tests;

/// <summary>OpenTelemetry listens to every meter named "EntityKit" in the process: these tests run alone.</summary>
[CollectionDefinition(nameof(OpenTelemetryTests), DisableParallelization = true)]
public sealed class OpenTelemetryCollection;

[Collection(nameof(OpenTelemetryTests))]
public sealed class OpenTelemetryTests
{
    [Fact]
    public void AddEntityKit_WithOpenTelemetry_ExportsArticleTokenFailureCountsAndDurationsAndOneSpanPerArticle()
    {
        var metrics = new List<Metric>();
        var spans = new List<Activity>();
        var services = new ServiceCollection();
        services.AddOpenTelemetry()
            .WithMetrics(m => m.AddMeter(AnalyzerTelemetry.Name).AddInMemoryExporter(metrics))
            .WithTracing(t => t.AddSource(AnalyzerTelemetry.Name).AddInMemoryExporter(spans));
        services.AddEntityKit(options => options.Analyzer = new AnalyzerOptions { MaxArticleLength = 60 });
        using var provider = services.BuildServiceProvider();
        var meterProvider = provider.GetRequiredService<MeterProvider>();
        var tracerProvider = provider.GetRequiredService<TracerProvider>();
        var analyzer = provider.GetRequiredService<IArticleAnalyzer>();
        Article[] articles =
        [
            new("a", "Lloyd Austin visited Baghdad."),
            new("b", "It rained in Paris on Monday."),
            new("c", new string('x', 61)),
        ];

        var results = analyzer.AnalyzeMany(articles).ToList();
        meterProvider.ForceFlush();
        tracerProvider.ForceFlush();

        var expectedTokens = results.Sum(r => r.Tokens.Length);
        var expectedMentions = results.Sum(r => r.Mentions.Length);
        Assert.Equal(2, SumOf(metrics, "entitykit.articles"));
        Assert.Equal(expectedTokens, SumOf(metrics, "entitykit.tokens"));
        Assert.Equal(expectedMentions, SumOf(metrics, "entitykit.mentions"));
        Assert.Equal(1, SumOf(metrics, "entitykit.article.failures"));
        Assert.Equal(3, HistogramCount(metrics, "entitykit.analysis.duration"));
        Assert.Equal(["a", "b", "c"], spans.Select(s => (string?)s.GetTagItem("entitykit.article.id")).Order(StringComparer.Ordinal));
        Assert.Equal(ActivityStatusCode.Error, Assert.Single(spans, s => (string?)s.GetTagItem("entitykit.article.id") == "c").Status);
    }

    [Fact]
    public void AddEntityKit_InAHostWithMeterFactory_PutsTheMeterOnTheContainersFactory()
    {
        var services = new ServiceCollection();
        services.AddMetrics();
        services.AddEntityKit();
        using var provider = services.BuildServiceProvider();

        var analyzer = provider.GetRequiredService<ArticleAnalyzer>();

        Assert.Equal(AnalyzerTelemetry.Name, analyzer.Telemetry.Meter.Name);
        Assert.Same(provider.GetRequiredService<IMeterFactory>(), analyzer.Telemetry.Meter.Scope);
    }

    private static long SumOf(List<Metric> metrics, string name) => Total(metrics, name, point => point.GetSumLong());

    private static long HistogramCount(List<Metric> metrics, string name) => Total(metrics, name, point => point.GetHistogramCount());

    private static long Total(List<Metric> metrics, string name, Func<MetricPoint, long> valueOf)
    {
        long total = 0;
        foreach (var metric in metrics.Where(m => m.Name == name))
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                total += valueOf(point);
            }
        }

        return total;
    }
}
