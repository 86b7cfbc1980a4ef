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

    [Theory]
    [InlineData("1")]
    [InlineData("4")]
    public void Analyze_DuplicateIdAfterAnUnreadableRecord_WarnsInTheRecordsPlaceWhateverTheThreads(string threads)
    {
        var stdin = string.Join('\n', Fixtures.JsonLine("x", Fixtures.Council), "not json", Fixtures.JsonLine("x", Fixtures.Harbour));

        var run = CliRun.InvokeWithStdin(stdin, "analyze", "-", "--threads", threads);

        Assert.Equal(ExitCodes.SomeRecordsFailed, run.ExitCode);
        Assert.Equal(3, run.ErrorLines.Count);
        Assert.StartsWith("entitykit: stdin:2: invalid JSON", run.ErrorLines[0]);
        Assert.Equal("entitykit: warning: duplicate id 'x' at stdin:3 (first at stdin:1); both records are analysed and written.", run.ErrorLines[1]);
        Assert.StartsWith("entitykit: 1 of 3 records failed", run.ErrorLines[2]);
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

    [Fact]
    public void DuplicateIdDetector_BeyondItsBound_StillReportsRepeatsOfRememberedIdsAndSaysOnceThatNewOnesAreNotChecked()
    {
        var detector = new EntityKit.Cli.Commands.DuplicateIdDetector(maxTrackedIds: 2);
        var warnings = new[] { ("a", 1), ("b", 2), ("c", 3), ("d", 4), ("a", 5), ("c", 6) }
            .Select(record => detector.Observe(EntityKit.Input.ArticleInput.FromArticle(new Article(record.Item1, "text"), "in.jsonl", record.Item2)))
            .ToList();

        Assert.Equal([false, false, true, false, true, false], warnings.Select(warning => warning is not null));
        Assert.StartsWith("duplicate-id checking remembers the first 2 distinct ids only", warnings[2]);
        Assert.Contains("in.jsonl:3", warnings[2]);
        Assert.Equal("duplicate id 'a' at in.jsonl:5 (first at in.jsonl:1); both records are analysed and written.", warnings[4]);
    }
}
