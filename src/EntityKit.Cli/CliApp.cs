using System.CommandLine;
using EntityKit.Cli.Commands;
using EntityKit.Input;

namespace EntityKit.Cli;

/// <summary>
/// The <c>entitykit</c> command line as a function from arguments and streams to an exit code, so that it runs the
/// same in the tool and in-process in tests. Errors are one line on standard error, never a stack trace.
/// </summary>
public static class CliApp
{
    /// <summary>The sub-commands, in the order help lists them. Adding a command is one line here and one file.</summary>
    private static ICliCommand[] CreateCommands() =>
    [
        new AnalyzeCommand(),
        new BenchCommand(),
        new EvalTokenizerCommand(),
        new EvalExtractionCommand(),
        new TrainCommand(),
        new FineTuneCommand(),
        new EvalCommand(),
        new CalibrateCommand(),
        new AverageCommand(),
        new ConvertCommand(),
        new ExportTokensCommand(),
        new ServeCommand(),
        new EvalGeoCommand(),
    ];

    /// <summary>Runs the command line with the given standard streams and the English analyzer.</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="stdin">Standard input, read as UTF-8 bytes.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <returns>The exit code: see <see cref="ExitCodes"/>.</returns>
    public static int Run(string[] args, Stream stdin, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stdin);
        return Run(args, new CliContext(() => stdin, stdout, stderr));
    }

    /// <summary>Runs the command line in the given context.</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="context">Standard streams and the analyzer factory.</param>
    /// <returns>The exit code: see <see cref="ExitCodes"/>.</returns>
    public static int Run(string[] args, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        var root = CreateRootCommand(context);
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            context.Error.WriteLine($"entitykit: {DescribeParseError(parseResult)} See 'entitykit --help'.");
            return ExitCodes.UsageError;
        }

        try
        {
            return parseResult.Invoke(new InvocationConfiguration
            {
                Output = context.Out,
                Error = context.Error,
                EnableDefaultExceptionHandler = false,
                // Ctrl+C / SIGTERM cancel the command's token; `serve` then drains the requests in flight, which may
                // take up to its longest shutdown timeout, so wait that long (plus a margin) before giving up on it.
                ProcessTerminationTimeout = ServeCommand.MaxShutdownTimeout + TimeSpan.FromSeconds(5),
            });
        }
        catch (Exception exception) when (exception is CliUsageException or ArticleSourceException)
        {
            context.Error.WriteLine($"entitykit: {exception.Message}");
            return ExitCodes.UsageError;
        }
        catch (OperationCanceledException)
        {
            context.Error.WriteLine("entitykit: cancelled.");
            return ExitCodes.Cancelled;
        }
        catch (Exception exception)
        {
            context.Error.WriteLine($"entitykit: internal error: {exception.GetType().Name}: {exception.Message}");
            return ExitCodes.InternalError;
        }
        finally
        {
            context.Out.Flush();
        }
    }

    /// <summary>The most useful parse error, on one line: an unknown word beats "required command was not provided".</summary>
    private static string DescribeParseError(ParseResult parseResult)
    {
        var message = parseResult.UnmatchedTokens.Count > 0
            ? $"Unrecognized command or argument '{parseResult.UnmatchedTokens[0]}'."
            : parseResult.Errors[0].Message;
        return string.Join(' ', message.Split((char[])['\r', '\n', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
    }

    private static RootCommand CreateRootCommand(CliContext context)
    {
        var root = new RootCommand("EntityKit: finds the named entities in news articles.");
        foreach (var command in CreateCommands())
        {
            root.Subcommands.Add(command.Create(context));
        }

        return root;
    }
}
