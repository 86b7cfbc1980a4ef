using EntityKit.Cli.Tests.TestSupport;

namespace EntityKit.Cli.Tests.Reliability;

/// <summary>Duplicate ids: both records are kept and analysed (the tool never drops an article), stderr warns with
/// both locations, and the exit code stays 0 because nothing failed.</summary>
public sealed class DuplicateIdTests
{
    [Fact]
    public void Analyze_DuplicateIds_KeepsBothWarnsWithLocationsAndSucceeds()
    {
        var stdin = string.Join('\n',
            Fixtures.JsonLine("x", Fixtures.Council), Fixtures.JsonLine("y", Fixtures.Harbour), Fixtures.JsonLine("x", Fixtures.Harbour), Fixtures.JsonLine("x", "Again."));

        var run = CliRun.InvokeWithStdin(stdin, "analyze", "-");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(["x", "y", "x", "x"], run.Records.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(
            [
                "entitykit: warning: duplicate id 'x' at stdin:3 (first at stdin:1); both records are analysed and written.",
                "entitykit: warning: duplicate id 'x' at stdin:4 (first at stdin:1); both records are analysed and written.",
            ],
            run.ErrorLines);
    }

    [Fact]
    public void Analyze_MaxLength_TurnsALongArticleIntoAnErrorRecordInItsPlace()
    {
        var stdin = string.Join('\n', Fixtures.JsonLine("short", "Leeds."), Fixtures.JsonLine("long", new string('x', 51)), Fixtures.JsonLine("after", "Paris."));

        var run = CliRun.InvokeWithStdin(stdin, "analyze", "-", "--max-length", "50");

        Assert.Equal(ExitCodes.SomeRecordsFailed, run.ExitCode);
        Assert.Equal(["short", "long", "after"], run.Records.Select(r => r.GetProperty("id").GetString()));
        Assert.StartsWith("stdin:2: Article 'long' has 51 characters, more than the maximum of 50", run.Records[1].GetProperty("error").GetString());
        Assert.Contains(run.ErrorLines, l => l.StartsWith("entitykit: stdin:2: Article 'long'", StringComparison.Ordinal));
    }
}
