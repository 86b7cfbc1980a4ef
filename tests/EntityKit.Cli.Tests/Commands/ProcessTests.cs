using System.Text;
using System.Text.Json;
using EntityKit.Cli.Tests.TestSupport;

namespace EntityKit.Cli.Tests.Commands;

/// <summary>A few runs of the real executable, to check what in-process runs cannot: stdin/stdout wiring, exit codes.</summary>
public sealed class ProcessTests
{
    [Fact]
    public void Process_AnalyzeStdin_WritesUtf8JsonlAndExitsZero()
    {
        var stdin = Fixtures.JsonLine("p1", Fixtures.Unicode) + "\n" + Fixtures.JsonLine("p2", Fixtures.Council) + "\n";

        var (exitCode, stdout, stderr) = RunEntityKit(stdin, "analyze", "-", "--threads", "2", "--quiet");

        Assert.Equal(0, exitCode);
        Assert.Equal("", stderr);
        var records = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["p1", "p2"], records.Select(r => r.GetProperty("id").GetString()));
        Assert.NotEqual(0, records[0].GetProperty("sentences").GetArrayLength());
    }

    [Fact]
    public void Process_AnalyzeWithoutQuiet_EndsWithASummaryOnStderr()
    {
        var (exitCode, _, stderr) = RunEntityKit(Fixtures.JsonLine("p1", Fixtures.Council) + "\n", "analyze", "-");

        Assert.Equal(0, exitCode);
        Assert.StartsWith("entitykit: done: 1 articles (0 failed), ", stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1]);
    }

    [Fact]
    public void Process_MalformedLineAndUnknownOption_UseExitCodes1And2WithoutStackTraces()
    {
        var malformed = RunEntityKit("{\"id\":\"ok\",\"text\":\"Fine.\"}\n{oops\n", "analyze", "-");
        var unknown = RunEntityKit("", "analyze", "-", "--no-such-option");

        Assert.Equal(1, malformed.ExitCode);
        Assert.Contains("stdin:2: invalid JSON", malformed.Stderr);
        Assert.Equal(2, malformed.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Single(unknown.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("   at ", malformed.Stderr + unknown.Stderr);
    }

    private static (int ExitCode, string Stdout, string Stderr) RunEntityKit(string stdin, params string[] args) =>
        EntityKitProcess.Run(stdin, args);
}
