using FsCheck.Xunit;
namespace EntityKit.Tests.Reliability;
public sealed class TempHunt
{
    [Property(Arbitrary = [typeof(HostileText)], MaxTest = 20000, StartSize = 1, EndSize = 300)]
    public void Hunt(HostileText input)
    {
        var a = new Article("p", input.Value + "\n" + input.Value) { Title = input.Value.Length > 50 ? input.Value[..50] : input.Value };
        AnalysisChecks.AssertWellFormed(a.Text, ReliabilityAnalyzers.WithCapitalizedRuns.Analyze(a));
        AnalysisChecks.AssertWellFormed(input.Value, ReliabilityAnalyzers.Default.Analyze(new Article("q", input.Value)));
    }
}
