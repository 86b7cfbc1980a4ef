using EntityKit.Cli.Tests.TestSupport;

namespace EntityKit.Cli.Tests.Commands;

public sealed class AnalyzeModelOptionTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Analyze_Model_UsesThatModelInTheEnglishPipeline()
    {
        var model = Path.Combine(_dir.Path, "toy.ekm");
        Assert.Equal(0, CliRun.Invoke("train", "--train", _dir.Write("toy.bio", Fixtures.ToyBio), "--out", model, "--epochs", "6").ExitCode);
        var article = _dir.Write("a.txt", "Dr. Alvo Brenn flew to Qatlan at 12.15am.");

        var run = CliRun.Invoke("analyze", article, "--model", model);

        Assert.Equal(0, run.ExitCode);
        var mentions = Assert.Single(run.Records).GetProperty("mentions").EnumerateArray()
            .Select(m => (m.GetProperty("text").GetString(), m.GetProperty("type").GetString())).ToList();
        Assert.Contains(("Alvo Brenn", "PERSON"), mentions);
        Assert.Contains(("12.15am", "TIME"), mentions);
    }

    [Fact]
    public void Analyze_CorruptModel_Exits2NamingTheProblem()
    {
        var model = _dir.Write("bad.ekm", "not a model");
        var article = _dir.Write("a.txt", "Dr. Alvo Brenn flew to Qatlan.");

        var run = CliRun.Invoke("analyze", article, "--model", model);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("bad.ekm", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Records);
    }
}
