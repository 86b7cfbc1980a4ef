using System.Diagnostics;
using System.Text;

namespace EntityKit.Cli.Tests.TestSupport;

/// <summary>Runs the built <c>entitykit</c> as a real process (<c>dotnet EntityKit.Cli.dll ...</c>).</summary>
internal static class EntityKitProcess
{
    /// <summary>Runs entitykit with the given standard input and arguments and waits for it (at most two minutes).</summary>
    public static (int ExitCode, string Stdout, string Stderr) Run(string stdin, params string[] args) =>
        Run(stdin, whileRunning: null, args);

    /// <summary>Runs entitykit; <paramref name="whileRunning"/> is called once the process has started, before its
    /// standard input is written and closed.</summary>
    public static (int ExitCode, string Stdout, string Stderr) Run(string stdin, Action? whileRunning, params string[] args) =>
        Run(new UTF8Encoding(false).GetBytes(stdin), whileRunning, args);

    /// <summary>Runs entitykit with the given bytes, unchanged, on standard input.</summary>
    public static (int ExitCode, string Stdout, string Stderr) Run(byte[] stdin, Action? whileRunning, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            StandardInputEncoding = new UTF8Encoding(false),
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "EntityKit.Cli.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdoutTask = process.StandardOutput.ReadToEndAsync();
        var stderrTask = process.StandardError.ReadToEndAsync();
        whileRunning?.Invoke();
        process.StandardInput.BaseStream.Write(stdin);
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("entitykit did not finish within 2 minutes.");
        }

        return (process.ExitCode, stdoutTask.Result, stderrTask.Result);
    }
}
