using System.Diagnostics;
using EntityKit.Models.English;
using EntityKit.Telemetry;
using Microsoft.Extensions.Logging;

namespace EntityKit.Hosting;

/// <summary>Builds the analyzer the options describe, and logs how the model load went.</summary>
internal static class EntityKitAnalyzerFactory
{
    public static ArticleAnalyzer Create(EntityKitOptions options, AnalyzerTelemetry telemetry, ILogger logger)
    {
        var modelName = options.Model is null ? "embedded English model" : "custom model";
        EntityKitLog.AnalyzerLoading(logger, modelName);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var builder = options.Model is null
                ? EnglishArticleAnalyzer.CreateBuilder(options.Analyzer)
                : EnglishArticleAnalyzer.CreateBuilder(options.Model, options.Analyzer);
            options.ConfigureBuilder?.Invoke(builder);
            var analyzer = builder.WithTelemetry(telemetry).Build();
            EntityKitLog.AnalyzerReady(
                logger,
                modelName,
                string.Join(", ", analyzer.Recognizers.Select(r => r.Name)),
                Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return analyzer;
        }
        catch (Exception exception)
        {
            EntityKitLog.AnalyzerLoadFailed(logger, modelName, exception);
            throw;
        }
    }
}
