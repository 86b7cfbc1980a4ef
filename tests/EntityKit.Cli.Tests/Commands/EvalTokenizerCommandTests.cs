using EntityKit.Cli.Tests.TestSupport;

namespace EntityKit.Cli.Tests.Commands;

public sealed class EvalTokenizerCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void EvalTokenizer_GoldFile_PrintsTokenAgreementAndSentenceScores()
    {
        var gold = _dir.Write("tiny.bio", string.Join('\n',
            "-DOCSTART-\tO", "",
            "Anna\tB-PERSON", "Verhoeven\tI-PERSON", "sailed\tO", "to\tO", "Cherbourg\tB-GPE", ".\tO", "",
            "The\tO", "crossing\tO", "was\tO", "calm\tO", ".\tO", "",
            "-DOCSTART-\tO", "",
            "Leeds\tB-GPE", "approved\tO", "the\tO", "budget\tO", ".\tO", "") + "\n");

        var run = CliRun.Invoke("eval-tokenizer", "--gold", gold, "--errors", "5");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Contains("(2 documents, 3 sentences, 16 tokens)", run.Out);
        Assert.Contains("Tokens     agreement 100.00% (16 of 16 gold tokens reproduced exactly)", run.Out);
        Assert.Contains("Sentences  P 100.00%  R 100.00%  F1 100.00% (boundaries: 1 gold, 1 predicted, 1 matched", run.Out);
    }

    [Fact]
    public void EvalTokenizer_MissingGoldFile_Exits2()
    {
        var missing = Path.Combine(_dir.Path, "none.bio");

        var run = CliRun.Invoke("eval-tokenizer", "--gold", missing);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([$"entitykit: '{missing}' does not exist."], run.ErrorLines);
    }

    [Fact]
    public void EvalTokenizer_MalformedGoldLine_Exits2WithFileAndLine()
    {
        var gold = _dir.Write("bad.bio", "Word\tO\nno-tab-here\n");

        var run = CliRun.Invoke("eval-tokenizer", "--gold", gold);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"entitykit: {gold}:2: ", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void EvalTokenizer_WithoutGold_Exits2()
    {
        var run = CliRun.Invoke("eval-tokenizer");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--gold", Assert.Single(run.ErrorLines));
    }
}
