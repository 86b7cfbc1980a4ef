using System.Diagnostics.Metrics;
using EntityKit.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EntityKit.Hosting;

/// <summary>Registers EntityKit with a dependency-injection container.</summary>
public static class EntityKitServiceCollectionExtensions
{
    /// <summary>
    /// Registers one shared <see cref="IArticleAnalyzer"/> (thread-safe; built on first use from
    /// <see cref="EntityKitOptions"/>) that logs model load and per-article failures through the container's
    /// <see cref="ILoggerFactory"/>, and records its metrics on a meter named "EntityKit" from the container's
    /// <see cref="IMeterFactory"/> (a meter of its own when there is none). Calling it again only adds configuration.
    /// </summary>
    /// <param name="services">The container's services.</param>
    /// <param name="configure">Configures the options; null for the defaults.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection AddEntityKit(this IServiceCollection services, Action<EntityKitOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<EntityKitOptions>();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.TryAddSingleton(provider => new AnalyzerTelemetry(provider.GetService<IMeterFactory>()));
        services.TryAddSingleton(provider => EntityKitAnalyzerFactory.Create(
            provider.GetRequiredService<IOptions<EntityKitOptions>>().Value,
            provider.GetRequiredService<AnalyzerTelemetry>(),
            LoggerFactoryOf(provider).CreateLogger(EntityKitLog.Category)));
        services.TryAddSingleton<IArticleAnalyzer>(provider => new LoggingArticleAnalyzer(
            provider.GetRequiredService<ArticleAnalyzer>(),
            LoggerFactoryOf(provider).CreateLogger(EntityKitLog.Category)));
        return services;
    }

    private static ILoggerFactory LoggerFactoryOf(IServiceProvider provider) =>
        provider.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance;
}
