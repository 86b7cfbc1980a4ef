using EntityKit.Cli.Tests.TestSupport;
using EntityKit.Recognition;

namespace EntityKit.Cli.Tests.Commands;

public sealed class FineTuneCommandTests : IDisposable
{
    private static readonly string BaseBio = string.Join('\n',
        "-DOCSTART-\tO", "",
        "Dr.\tO", "Alvo\tB-PERSON", "Brenn\tI-PERSON", "flew\tO", "to\tO", "Qatlan\tB-GPE", "on\tO", "Monday\tB-DATE", ".\tO", "",
        "Dr.\tO", "Mira\tB-PERSON", "Tosk\tI-PERSON", "lives\tO", "in\tO", "Vellora\tB-GPE", ".\tO", "",
        "-DOCSTART-\tO", "",
        "Dr.\tO", "Pell\tB-PERSON", "Ondaro\tI-PERSON", "spoke\tO", "in\tO", "Brasmir\tB-GPE", "on\tO", "Tuesday\tB-DATE", ".\tO", "",
        "Dr.\tO", "Ulla\tB-PERSON", "Grent\tI-PERSON", "arrived\tO", "in\tO", "Qatlan\tB-GPE", ".\tO", "") + "\n";

    internal const string TickersJsonl = """
        {"id": "t1", "text": "Traders bought $ZKRO on Monday.", "spans": [{"start": 15, "end": 20, "type": "TICKER"}]}
        {"id": "t2", "text": "Dr. Alvo Brenn sold $QLMT in Qatlan.", "spans": [{"start": 20, "end": 25, "type": "TICKER"}]}
        {"id": "t3", "text": "Shares of $VRNX rose on Tuesday.", "spans": [{"start": 10, "end": 15, "type": "TICKER"}]}
        {"id": "t4", "text": "Funds sold $MXLO and $BRVQ on Friday.", "spans": [{"start": 11, "end": 16, "type": "TICKER"}, {"start": 21, "end": 26, "type": "TICKER"}]}
        {"id": "t5", "text": "Dr. Mira Tosk bought $KWEN.", "spans": [{"start": 21, "end": 26, "type": "TICKER"}]}
        {"id": "t6", "text": "Shares of $SNQR fell in Brasmir.", "spans": [{"start": 10, "end": 15, "type": "TICKER"}]}

        """;

    private const string DevJsonl = """
        {"id": "d1", "text": "Funds bought $GRWL on Friday.", "spans": [{"start": 13, "end": 18, "type": "TICKER"}]}
        {"id": "d2", "text": "Shares of $PXNO fell.", "spans": [{"start": 10, "end": 15, "type": "TICKER"}]}

        """;

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void FineTune_ModelFile_AddsTheNewTypeReportsBeforeAndAfterAndCanBeFineTunedAgain()
    {
        var baseBio = _dir.Write("base.bio", BaseBio);
        var baseModel = Path.Combine(_dir.Path, "base.ekm");
        var tickers = _dir.Write("tickers.jsonl", TickersJsonl);
        var dev = _dir.Write("tickers-dev.jsonl", DevJsonl);
        var tuned = Path.Combine(_dir.Path, "tuned.ekm");
        var twice = Path.Combine(_dir.Path, "twice.ekm");
        Assert.Equal(0, CliRun.Invoke("train", "--train", baseBio, "--out", baseModel, "--epochs", "6").ExitCode);

        var first = CliRun.Invoke(
            "fine-tune", "--base", baseModel, "--train", tickers, "--dev", dev, "--base-dev", baseBio, "--out", tuned, "--epochs", "4", "--update-size", "1");
        var second = CliRun.Invoke("fine-tune", "--base", tuned, "--train", tickers, "--out", twice, "--epochs", "2");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("new types: TICKER.", first.Out);
        Assert.Contains("epoch  4:", first.Out);
        Assert.Contains("Development data (annotated types), before → after:", first.Out);
        Assert.Matches(@"TICKER\s+0\.00\s+\d+\.\d\d\s+2\n", first.Out);
        Assert.Contains("base dev micro F1: ", first.Out);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("new types: none.", second.Out);
        Assert.Equal([.. EntityType.OntoNotes, EntityType.FromName("TICKER")], NerModel.Load(twice).Types.ToArray());
    }

    [Fact]
    public void FineTune_English_FineTunesTheShippedModel()
    {
        var tickers = _dir.Write("tickers.jsonl", TickersJsonl);
        var tuned = Path.Combine(_dir.Path, "tuned.ekm");

        var run = CliRun.Invoke("fine-tune", "--base", "english", "--train", tickers, "--out", tuned, "--epochs", "2");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Base: english (18 types)", run.Out);
        Assert.Contains("confidences kept from the base model", run.Out);
        Assert.Contains(EntityType.FromName("TICKER"), NerModel.Load(tuned).Types);
    }

    [Fact]
    public void FineTune_BadJsonlLine_WarnsWithFileAndLineAndTrainsOnTheRest()
    {
        var tickers = _dir.Write("tickers.jsonl", TickersJsonl + """{"text": "Apple", "spans": [{"start": 0, "end": 3, "type": "ORG"}]}""" + "\n");

        var run = CliRun.Invoke("fine-tune", "--base", "english", "--train", tickers, "--out", Path.Combine(_dir.Path, "m.ekm"), "--epochs", "1");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"entitykit: warning: {tickers}:7: span 1 [0, 3) 'App' (ORG) ends inside the token 'Apple'.", Assert.Single(run.ErrorLines));
        Assert.Contains("Read 6 training texts", run.Out);
    }

    [Fact]
    public void Train_JsonlWithAUserTypeFromScratch_LearnsTheTypeBesideTheOntoNotesOnes()
    {
        var tickers = _dir.Write("tickers.jsonl", TickersJsonl);
        var model = Path.Combine(_dir.Path, "m.ekm");

        var run = CliRun.Invoke("train", "--train", tickers, "--out", model, "--epochs", "3");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Types beyond the 18 OntoNotes types in the data: TICKER.", run.Out);
        Assert.Equal([.. EntityType.OntoNotes, EntityType.FromName("TICKER")], NerModel.Load(model).Types.ToArray());
    }

    [Theory]
    [InlineData("--no-base-labels")]
    [InlineData("--base-dev")]
    [InlineData("--rehearse")]
    public void Train_FineTuningOptionWithoutBase_Exits2AndPointsToFineTune(string option)
    {
        var tickers = _dir.Write("tickers.jsonl", TickersJsonl);
        string[] args = option == "--no-base-labels"
            ? ["train", "--train", tickers, "--out", Path.Combine(_dir.Path, "m.ekm"), option]
            : ["train", "--train", tickers, "--out", Path.Combine(_dir.Path, "m.ekm"), option, tickers];

        var run = CliRun.Invoke(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([$"entitykit: {option} is a fine-tuning option: use 'entitykit fine-tune --base english|MODEL'."], run.ErrorLines);
    }

    [Fact]
    public void FineTune_WithoutBase_Exits2()
    {
        var tickers = _dir.Write("tickers.jsonl", TickersJsonl);

        var run = CliRun.Invoke("fine-tune", "--train", tickers, "--out", Path.Combine(_dir.Path, "m.ekm"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(run.ErrorLines, line => line.Contains("--base", StringComparison.Ordinal));
        Assert.False(File.Exists(Path.Combine(_dir.Path, "m.ekm")));
    }

    [Theory]
    [InlineData("--clusters")]
    [InlineData("--extra")]
    public void FineTune_FromScratchOption_Exits2BecauseTheBaseLexiconAndFeaturesAreKept(string option)
    {
        var tickers = _dir.Write("tickers.jsonl", TickersJsonl);

        var run = CliRun.Invoke("fine-tune", "--base", "english", "--train", tickers, "--out", Path.Combine(_dir.Path, "m.ekm"), option, tickers);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(run.ErrorLines, line => line.Contains(option, StringComparison.Ordinal));
    }

    [Fact]
    public void TrainBase_Deprecated_WarnsThatFineTuneReplacesItAndWritesTheSameModel()
    {
        var tickers = _dir.Write("tickers.jsonl", TickersJsonl);
        var viaTrain = Path.Combine(_dir.Path, "via-train.ekm");
        var viaFineTune = Path.Combine(_dir.Path, "via-fine-tune.ekm");

        var deprecated = CliRun.Invoke("train", "--base", "english", "--train", tickers, "--out", viaTrain, "--epochs", "1");
        var current = CliRun.Invoke("fine-tune", "--base", "english", "--train", tickers, "--out", viaFineTune, "--epochs", "1");

        Assert.Equal(0, deprecated.ExitCode);
        Assert.Equal(
            "entitykit: warning: 'train --base' is deprecated and will be removed in the next release; use 'entitykit fine-tune --base ...' (same options).",
            Assert.Single(deprecated.ErrorLines));
        Assert.Empty(current.ErrorLines);
        Assert.Equal(File.ReadAllBytes(viaFineTune), File.ReadAllBytes(viaTrain));
    }

    [Fact]
    public void TrainBase_Deprecated_WithClusters_Exits2BecauseTheBaseLexiconIsKept()
    {
        var tickers = _dir.Write("tickers.jsonl", TickersJsonl);

        var run = CliRun.Invoke("train", "--base", "english", "--train", tickers, "--out", Path.Combine(_dir.Path, "m.ekm"), "--clusters", tickers);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--clusters cannot be used with --base", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void FineTune_CorruptBaseModel_Exits2WithTheReason()
    {
        var tickers = _dir.Write("tickers.jsonl", TickersJsonl);
        var bad = _dir.Write("bad.ekm", "not a model");

        var run = CliRun.Invoke("fine-tune", "--base", bad, "--train", tickers, "--out", Path.Combine(_dir.Path, "m.ekm"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("wrong magic number", Assert.Single(run.ErrorLines));
    }
}
