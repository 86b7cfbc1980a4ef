using FsCheck.Xunit;

namespace EntityKit.Tests.Reliability;

/// <summary>
/// Properties of the default pipeline over random hostile Unicode (<see cref="HostileText"/>). The seeds are fixed so
/// CI is reproducible; on a failure FsCheck prints the shrunk text (escaped) and the "Replay" seed to paste into
/// <c>Replay = ...</c> to run exactly that case again. Change the seed locally to explore new cases.
/// </summary>
public sealed class AnalyzerPropertyTests
{
    [Property(Arbitrary = [typeof(HostileText)], MaxTest = 300, Replay = "(20261124,9001)")]
    public void Analyze_AnyText_OffsetsInsideOnBoundariesAndMentionsDisjoint(HostileText input)
    {
        var analysis = ReliabilityAnalyzers.Default.Analyze(new Article("p", input.Value));

        AnalysisChecks.AssertWellFormed(input.Value, analysis);
    }

    [Property(Arbitrary = [typeof(HostileText)], MaxTest = 300, Replay = "(20261124,9003)")]
    public void Analyze_AnyTextWithExtraLayer_OffsetsInsideOnBoundariesAndMentionsDisjoint(HostileText input)
    {
        var analysis = ReliabilityAnalyzers.WithCapitalizedRuns.Analyze(new Article("p", input.Value));

        AnalysisChecks.AssertWellFormed(input.Value, analysis);
    }

    [Property(Arbitrary = [typeof(HostileText)], MaxTest = 100, Replay = "(20261124,9005)")]
    public void Analyze_AnyTextWithTitle_OffsetsInsideOnBoundaries(HostileText input)
    {
        // The title takes part in salience; it may be hostile too.
        var article = new Article("p", input.Value + "\n" + input.Value) { Title = input.Value };

        var analysis = ReliabilityAnalyzers.WithCapitalizedRuns.Analyze(article);

        AnalysisChecks.AssertWellFormed(article.Text, analysis);
    }

    [Property(Arbitrary = [typeof(HostileText)], MaxTest = 200, Replay = "(20261124,9007)")]
    public void Analyze_SameTextTwice_GivesIdenticalResults(HostileText input)
    {
        var first = ReliabilityAnalyzers.WithCapitalizedRuns.Analyze(new Article("p", input.Value));
        var second = ReliabilityAnalyzers.WithCapitalizedRuns.Analyze(new Article("p", new string(input.Value.AsSpan())));

        Assert.Equal(AnalysisChecks.Fingerprint(first), AnalysisChecks.Fingerprint(second));
    }
}
