using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace EntityKit.Cli.Serving;

/// <summary>Healthy when the analyzer analyses a short article and finds its one obvious name.</summary>
internal sealed class AnalyzerHealthCheck(IArticleAnalyzer analyzer) : IHealthCheck
{
    private static readonly Article Probe = new("health", "Lloyd Austin visited Baghdad.");

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var analysis = analyzer.Analyze(Probe, cancellationToken);
            return Task.FromResult(analysis.Succeeded
                ? HealthCheckResult.Healthy($"{analysis.Mentions.Length} mentions in the probe article")
                : HealthCheckResult.Unhealthy(analysis.Error!.Message));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("The analyzer failed on the probe article.", exception));
        }
    }
}
