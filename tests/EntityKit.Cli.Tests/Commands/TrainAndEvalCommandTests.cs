using System.Text.Json;
using EntityKit.Cli.Tests.TestSupport;

namespace EntityKit.Cli.Tests.Commands;

public sealed class TrainAndEvalCommandTests : IDisposable
{
    private static readonly string ToyBio = Fixtures.ToyBio;

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Train_ThenEval_WritesAModelThatScoresItsTrainingData()
    {
        var bio = _dir.Write("toy.bio", ToyBio);
        var model = Path.Combine(_dir.Path, "out", "toy.ekm");

        var train = CliRun.Invoke("train", "--train", bio, "--dev", bio, "--out", model, "--epochs", "6", "--seed", "3");
        var eval = CliRun.Invoke("eval", "--gold", bio, "--model", model, "--mode", "tokens");

        Assert.Equal(0, train.ExitCode);
        Assert.Contains("epoch  6:", train.Out);
        Assert.True(File.Exists(model));
        Assert.Equal(0, eval.ExitCode);
        Assert.Contains("micro", eval.Out);
        Assert.Contains("PERSON", eval.Out);
    }

    [Fact]
    public void Eval_Json_WritesMicroAndPerTypeScores()
    {
        var bio = _dir.Write("toy.bio", ToyBio);
        var model = Path.Combine(_dir.Path, "toy.ekm");
        Assert.Equal(0, CliRun.Invoke("train", "--train", bio, "--out", model, "--epochs", "6").ExitCode);

        var eval = CliRun.Invoke("eval", "--gold", bio, "--model", model, "--mode", "raw", "--map", "coarse", "--json");

        Assert.Equal(0, eval.ExitCode);
        using var json = JsonDocument.Parse(eval.Out);
        Assert.Equal("coarse", json.RootElement.GetProperty("map").GetString());
        Assert.InRange(json.RootElement.GetProperty("micro").GetProperty("f1").GetDouble(), 0, 1);
        Assert.True(json.RootElement.GetProperty("types").TryGetProperty("PER", out _));
    }

    [Fact]
    public void Eval_CorruptModel_Exits2WithTheReason()
    {
        var bio = _dir.Write("toy.bio", ToyBio);
        var model = _dir.Write("bad.ekm", "this is not a model at all, just text");

        var run = CliRun.Invoke("eval", "--gold", bio, "--model", model);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("wrong magic number", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void Train_FeatureDropoutCharTrigramsAndMargin_AreUsedAndRecordedInTheModel()
    {
        var bio = _dir.Write("toy.bio", ToyBio);
        var model = Path.Combine(_dir.Path, "cf.ekm");

        var train = CliRun.Invoke(
            "train", "--train", bio, "--dev", bio, "--out", model, "--epochs", "6", "--seed", "3",
            "--margin", "20", "--feature-dropout", "0.15", "--char-trigrams");

        Assert.Equal(0, train.ExitCode);
        var loaded = EntityKit.Recognition.NerModel.Load(model);
        Assert.Contains("--margin 20 --feature-dropout 0.15 --char-trigrams", loaded.Description);
    }

    [Fact]
    public void Train_MinFeatureCount_IsRecordedInTheModel()
    {
        var bio = _dir.Write("toy.bio", ToyBio);
        var model = Path.Combine(_dir.Path, "cut.ekm");

        var train = CliRun.Invoke("train", "--train", bio, "--out", model, "--epochs", "3", "--seed", "3", "--min-feature-count", "2");

        Assert.Equal(0, train.ExitCode);
        Assert.Contains("--min-feature-count 2", EntityKit.Recognition.NerModel.Load(model).Description);
    }

    public static TheoryData<string[], string> TrainingOptionErrors => new()
    {
        { ["--feature-dropout", "1"], "--feature-dropout must be at least 0 and below 1" },
        { ["--feature-dropout", "-0.5"], "--feature-dropout must be at least 0 and below 1" },
        { ["--margin", "-1"], "--margin must be at least 0" },
        { ["--min-feature-count", "0"], "--min-feature-count must be at least 1" },
    };

    [Theory]
    [MemberData(nameof(TrainingOptionErrors))]
    public void Train_OptionOutOfRange_Exits2NamingIt(string[] option, string expected)
    {
        var bio = _dir.Write("toy.bio", ToyBio);

        var run = CliRun.Invoke(["train", "--train", bio, "--out", Path.Combine(_dir.Path, "m.ekm"), .. option]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void Train_MissingTrainingFile_Exits2()
    {
        var missing = Path.Combine(_dir.Path, "none.bio");

        var run = CliRun.Invoke("train", "--train", missing, "--out", Path.Combine(_dir.Path, "m.ekm"));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([$"entitykit: '{missing}' does not exist."], run.ErrorLines);
    }

    [Fact]
    public void Eval_UnknownMap_Exits2()
    {
        var bio = _dir.Write("toy.bio", ToyBio);

        var run = CliRun.Invoke("eval", "--gold", bio, "--map", "fine");

        Assert.Equal(2, run.ExitCode);
    }
}
