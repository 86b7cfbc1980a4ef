using System.Text;
using System.Text.Json;

namespace EntityKit.Cli.Tests.TestSupport;

/// <summary>The outcome of one in-process run of the command line.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    /// <summary>Runs <c>entitykit</c> in-process with the real English analyzer.</summary>
    public static CliRun Invoke(params string[] args) => InvokeWithStdin([], args);

    /// <summary>Runs <c>entitykit</c> in-process with the given bytes on standard input.</summary>
    public static CliRun InvokeWithStdin(byte[] stdin, params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var exitCode = CliApp.Run(args, new MemoryStream(stdin), stdout, stderr);
        return new CliRun(exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs <c>entitykit</c> in-process with the given text, UTF-8 encoded, on standard input.</summary>
    public static CliRun InvokeWithStdin(string stdin, params string[] args) =>
        InvokeWithStdin(Encoding.UTF8.GetBytes(stdin), args);

    /// <summary>The JSONL records written to standard output, parsed.</summary>
    public IReadOnlyList<JsonElement> Records =>
        Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.Clone())
            .ToList();

    /// <summary>The non-empty lines written to standard error.</summary>
    public IReadOnlyList<string> ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
