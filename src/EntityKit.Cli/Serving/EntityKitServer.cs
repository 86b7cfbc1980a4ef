using System.Threading.RateLimiting;
using EntityKit.Hosting;
using EntityKit.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;

namespace EntityKit.Cli.Serving;

/// <summary>
/// The HTTP service of <c>entitykit serve</c>: an ASP.NET Core minimal API around one shared analyzer
/// (<see cref="EntityKitServiceCollectionExtensions.AddEntityKit"/>), with bounded concurrency and request size,
/// health, Prometheus metrics and an OpenAPI document.
/// </summary>
internal static class EntityKitServer
{
    /// <summary>Where the OpenAPI document is served.</summary>
    public const string OpenApiPath = "/openapi/v1.json";

    /// <summary>Builds the service, ready to start; the analyzer is loaded here, so that the service is healthy as
    /// soon as it listens.</summary>
    /// <param name="options">Addresses and limits.</param>
    /// <param name="configureServices">Last changes to the services (tests put their own analyzer or logging here).</param>
    public static WebApplication Build(ServeOptions options, Action<IServiceCollection>? configureServices = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = options.MaxRequestBytes);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(console => console.SingleLine = true);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(
            console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = options.ShutdownTimeout);

        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, ServeJsonContext.Default));
        builder.Services.AddSingleton(options);
        builder.Services.AddEntityKit(entityKit => entityKit.Analyzer = new AnalyzerOptions { MaxArticleLength = options.MaxArticleLength });
        builder.Services.AddSingleton<AnalyzeEndpoints>();
        builder.Services.AddHealthChecks().AddCheck<AnalyzerHealthCheck>("analyzer");
        builder.Services.AddOpenApi();
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(AnalyzerTelemetry.Name, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel")
            .AddPrometheusExporter());
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.AddConcurrencyLimiter(AnalyzeEndpoints.ConcurrencyPolicy, concurrency =>
            {
                concurrency.PermitLimit = options.MaxConcurrentRequests;
                concurrency.QueueLimit = options.MaxQueuedRequests;
                concurrency.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            });
            limiter.OnRejected = (rejected, cancellationToken) =>
            {
                rejected.HttpContext.Response.Headers.RetryAfter = "1";
                return new ValueTask(Results.Problem(
                    $"The service is analysing {options.MaxConcurrentRequests} requests and has {options.MaxQueuedRequests} waiting; retry later (entitykit serve --max-concurrent / --max-queue).",
                    statusCode: StatusCodes.Status503ServiceUnavailable,
                    title: "The service is busy.").ExecuteAsync(rejected.HttpContext));
            };
        });
        configureServices?.Invoke(builder.Services);

        var app = builder.Build();
        app.Services.GetRequiredService<IArticleAnalyzer>();
        app.UseRateLimiter();
        app.MapHealthChecks("/health");
        app.MapPrometheusScrapingEndpoint("/metrics");
        app.MapOpenApi(OpenApiPath);
        app.Services.GetRequiredService<AnalyzeEndpoints>().Map(app);
        return app;
    }
}
