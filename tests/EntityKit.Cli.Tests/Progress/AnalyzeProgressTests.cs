using System.Text;
using EntityKit.Cli.Progress;
using EntityKit.Cli.Tests.TestSupport;

namespace EntityKit.Cli.Tests.Progress;

/// <summary><c>analyze</c> with progress on (as the tool runs it): a summary at the end, none with --quiet.</summary>
public sealed class AnalyzeProgressTests
{
    private static readonly string TwoArticles =
        Fixtures.JsonLine("h", Fixtures.Harbour) + "\n" + Fixtures.JsonLine("c", Fixtures.Council) + "\n";

    [Fact]
    public void Analyze_ProgressLines_EndsWithOneSummaryLine()
    {
        var (exitCode, stdout, stderr) = Run(ProgressStyle.Lines, "analyze", "-");

        Assert.Equal(0, exitCode);
        Assert.Equal(2, stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        var summary = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("entitykit: done: 2 articles (0 failed), ", summary);
        Assert.Contains(" tokens/s, ", summary);
    }

    [Fact]
    public void Analyze_ProgressLinesWithFailure_SummarisesThenCountsFailures()
    {
        var (exitCode, _, stderr) = RunWithStdin(ProgressStyle.Lines, TwoArticles + "{oops\n", "analyze", "-");

        Assert.Equal(ExitCodes.SomeRecordsFailed, exitCode);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("entitykit: done: 3 articles (1 failed), ", lines[1]);
        Assert.Equal("entitykit: 1 of 3 records failed; the others were written.", lines[2]);
    }

    [Fact]
    public void Analyze_Quiet_WritesNoSummary()
    {
        var (exitCode, _, stderr) = Run(ProgressStyle.Live, "analyze", "-", "--quiet");

        Assert.Equal(0, exitCode);
        Assert.Equal("", stderr);
    }

    private static (int ExitCode, string Stdout, string Stderr) Run(ProgressStyle style, params string[] args) =>
        RunWithStdin(style, TwoArticles, args);

    private static (int ExitCode, string Stdout, string Stderr) RunWithStdin(ProgressStyle style, string stdin, params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var context = new CliContext(() => new MemoryStream(Encoding.UTF8.GetBytes(stdin)), stdout, stderr) { Progress = style };
        var exitCode = CliApp.Run(args, context);
        return (exitCode, stdout.ToString(), stderr.ToString());
    }
}
