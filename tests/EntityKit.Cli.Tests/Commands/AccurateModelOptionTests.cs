using EntityKit.Cli.Tests.TestSupport;

namespace EntityKit.Cli.Tests.Commands;

/// <summary><c>--model accurate --accurate-model DIR</c> on analyze, eval and bench, with the tiny random tagger fixture.</summary>
public sealed class AccurateModelOptionTests : IDisposable
{
    private static readonly string TinyTagger = Path.Combine(AppContext.BaseDirectory, "Fixtures", "tiny-tagger");

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Analyze_AccurateModel_RunsTheTaggerInTheEnglishPipeline()
    {
        var article = _dir.Write("a.txt", "Dr. Alvo Brenn flew to Qatlan at 12.15am on Monday.");

        var run = CliRun.Invoke("analyze", article, "--model", "accurate", "--accurate-model", TinyTagger);

        Assert.Equal(0, run.ExitCode);
        var mentions = Assert.Single(run.Records).GetProperty("mentions").EnumerateArray()
            .Select(m => (m.GetProperty("text").GetString(), m.GetProperty("type").GetString())).ToList();
        Assert.Contains(("12.15am", "TIME"), mentions);
    }

    [Fact]
    public void Eval_AccurateTagger_ScoresTheGoldCorpus()
    {
        var run = CliRun.Invoke("eval", "--gold", _dir.Write("toy.bio", Fixtures.ToyBio), "--model", "accurate-tagger", "--accurate-model", TinyTagger);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("micro", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_AccurateMix_CombinesWithThePerceptron()
    {
        var run = CliRun.Invoke("eval", "--gold", _dir.Write("toy.bio", Fixtures.ToyBio), "--model", "accurate", "--accurate-model", TinyTagger, "--accurate-mix", "40,1.5");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("mixed with the perceptron 40,1.5", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("40,-1")]
    [InlineData("forty")]
    public void Eval_AccurateMixNotAWeightAndATemperature_Exits2(string mix)
    {
        var run = CliRun.Invoke("eval", "--gold", _dir.Write("toy.bio", Fixtures.ToyBio), "--model", "accurate", "--accurate-model", TinyTagger, "--accurate-mix", mix);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--accurate-mix", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_AccurateWithoutDirectory_UsesTheEmbeddedModel()
    {
        var article = _dir.Write("a.txt", "Lloyd Austin, the US defence secretary, met Iraqi officials in Baghdad on Monday.");

        var run = CliRun.Invoke("analyze", article, "--model", "accurate");

        Assert.Equal(0, run.ExitCode);
        var mentions = Assert.Single(run.Records).GetProperty("mentions").EnumerateArray()
            .Select(m => (m.GetProperty("text").GetString(), m.GetProperty("type").GetString())).ToList();
        Assert.Contains(("Lloyd Austin", "PERSON"), mentions);
        Assert.Contains(("Baghdad", "GPE"), mentions);
    }

    [Fact]
    public void Eval_AccurateMixZero_DecodesTheTaggerAloneInThePipeline()
    {
        var run = CliRun.Invoke("eval", "--gold", _dir.Write("toy.bio", Fixtures.ToyBio), "--model", "accurate", "--accurate-model", TinyTagger, "--accurate-mix", "0");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("mixed with the perceptron", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_AccurateCorruptModelFile_Exits2NamingTheFile()
    {
        var directory = Path.Combine(_dir.Path, "broken");
        Directory.CreateDirectory(directory);
        foreach (var file in Directory.GetFiles(TinyTagger))
        {
            File.Copy(file, Path.Combine(directory, Path.GetFileName(file)));
        }

        File.WriteAllText(Path.Combine(directory, "model.onnx"), "not a model");

        var run = CliRun.Invoke("eval", "--gold", _dir.Write("toy.bio", Fixtures.ToyBio), "--model", "accurate", "--accurate-model", directory);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("model.onnx", run.Error, StringComparison.Ordinal);
    }
}
