using System.CommandLine;
using EntityKit.Cli.Serving;
using Microsoft.AspNetCore.Builder;

namespace EntityKit.Cli.Commands;

/// <summary>
/// <c>entitykit serve</c>: runs the HTTP service (<see cref="EntityKitServer"/>) until Ctrl+C or SIGTERM, then stops
/// taking connections and lets the requests in flight finish (up to <c>--shutdown-timeout</c>).
/// </summary>
internal sealed class ServeCommand : ICliCommand
{
    /// <summary>The longest graceful shutdown allowed; <see cref="CliApp"/> waits a little longer than this for a command
    /// to end after Ctrl+C or SIGTERM.</summary>
    public static readonly TimeSpan MaxShutdownTimeout = TimeSpan.FromSeconds(60);

    private static readonly ServeOptions Defaults = new();

    private readonly Option<string[]> _urls = new("--urls")
    {
        Description = $"Addresses to listen on (repeat for several); default {ServeOptions.DefaultUrl}, loopback only. http://0.0.0.0:PORT listens on every interface.",
        HelpName = "URL",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private readonly Option<int> _maxConcurrent = new("--max-concurrent")
    {
        Description = "Requests analysed at the same time; more wait in the queue. Defaults to twice the number of cores.",
        DefaultValueFactory = _ => Defaults.MaxConcurrentRequests,
        HelpName = "N",
    };

    private readonly Option<int> _maxQueue = new("--max-queue")
    {
        Description = "Requests waiting for a slot; beyond it a request gets 503 with Retry-After.",
        DefaultValueFactory = _ => Defaults.MaxQueuedRequests,
        HelpName = "N",
    };

    private readonly Option<long> _maxRequestBytes = new("--max-request-bytes")
    {
        Description = "Largest body of POST /v1/analyze; a larger one gets 413.",
        DefaultValueFactory = _ => Defaults.MaxRequestBytes,
        HelpName = "BYTES",
    };

    private readonly Option<long> _maxBatchBytes = new("--max-batch-bytes")
    {
        Description = "Largest body of POST /v1/analyze/batch; a larger one gets 413.",
        DefaultValueFactory = _ => Defaults.MaxBatchBytes,
        HelpName = "BYTES",
    };

    private readonly Option<int> _threads = new("--threads")
    {
        Description = "Threads each batch request analyses with; defaults to the number of cores.",
        DefaultValueFactory = _ => Defaults.BatchThreads,
        HelpName = "N",
    };

    private readonly Option<int> _maxLength = new("--max-length")
    {
        Description = "Longest article text, in UTF-16 characters: 413 for one article, an error record in a batch.",
        DefaultValueFactory = _ => Defaults.MaxArticleLength,
        HelpName = "CHARS",
    };

    private readonly Option<int> _shutdownTimeout = new("--shutdown-timeout")
    {
        Description = $"Seconds that shutdown waits for requests in flight before aborting them (at most {MaxShutdownTimeout.TotalSeconds:0}).",
        DefaultValueFactory = _ => (int)Defaults.ShutdownTimeout.TotalSeconds,
        HelpName = "SECONDS",
    };

    public ServeCommand()
    {
        RequireAtLeast(_maxConcurrent, 1);
        RequireAtLeast(_maxQueue, 0);
        RequireAtLeast(_threads, 1);
        RequireAtLeast(_maxLength, 1);
        RequireAtLeast(_shutdownTimeout, 0);
        _shutdownTimeout.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() > MaxShutdownTimeout.TotalSeconds)
            {
                result.AddError($"--shutdown-timeout must be at most {MaxShutdownTimeout.TotalSeconds:0}.");
            }
        });
        foreach (var option in new[] { _maxRequestBytes, _maxBatchBytes })
        {
            option.Validators.Add(result =>
            {
                if (result.GetValueOrDefault<long>() < 1)
                {
                    result.AddError($"{option.Name} must be at least 1.");
                }
            });
        }
    }

    public Command Create(CliContext context)
    {
        var command = new Command("serve", "Run the HTTP service: POST /v1/analyze, POST /v1/analyze/batch, GET /health, GET /metrics, OpenAPI at /openapi/v1.json.")
        {
            _urls, _maxConcurrent, _maxQueue, _maxRequestBytes, _maxBatchBytes, _threads, _maxLength, _shutdownTimeout,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await RunAsync(OptionsOf(parseResult), context, cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }

    private ServeOptions OptionsOf(ParseResult parseResult)
    {
        var urls = parseResult.GetValue(_urls) ?? [];
        return new ServeOptions
        {
            Urls = urls.Length == 0 ? Defaults.Urls : urls,
            MaxConcurrentRequests = parseResult.GetValue(_maxConcurrent),
            MaxQueuedRequests = parseResult.GetValue(_maxQueue),
            MaxRequestBytes = parseResult.GetValue(_maxRequestBytes),
            MaxBatchBytes = parseResult.GetValue(_maxBatchBytes),
            BatchThreads = parseResult.GetValue(_threads),
            MaxArticleLength = parseResult.GetValue(_maxLength),
            ShutdownTimeout = TimeSpan.FromSeconds(parseResult.GetValue(_shutdownTimeout)),
        };
    }

    private static async Task RunAsync(ServeOptions options, CliContext context, CancellationToken cancellationToken)
    {
        await using var app = EntityKitServer.Build(options);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException exception)
        {
            throw new CliUsageException($"Cannot listen on {string.Join(", ", options.Urls)}: {exception.Message}", exception);
        }

        await context.Error.WriteLineAsync(
            $"entitykit: serving on {string.Join(", ", app.Urls)} (OpenAPI: {EntityKitServer.OpenApiPath}); Ctrl+C stops after the requests in flight.");
        await context.Error.FlushAsync(CancellationToken.None);
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
        }

        await app.StopAsync(CancellationToken.None);
        await context.Error.WriteLineAsync("entitykit: stopped.");
    }

    private static void RequireAtLeast(Option<int> option, int minimum) =>
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < minimum)
            {
                result.AddError($"{option.Name} must be at least {minimum}.");
            }
        });
}
