using EntityKit.Cli.Tests.TestSupport;

namespace EntityKit.Cli.Tests.Commands;

public sealed class EvalErrorsCommandTests : IDisposable
{
    // Gold deliberately disagrees with any sensible model: a person typed ORG and a verb typed EVENT.
    private static readonly string DisagreeingBio = string.Join('\n',
        "-DOCSTART-\tO", "",
        "Lloyd\tB-ORG", "Austin\tI-ORG", "visited\tB-EVENT", "Baghdad\tB-GPE", "on\tO", "Monday\tB-DATE", ".\tO", "") + "\n";

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Eval_Errors_WritesOneTsvRowPerDisagreementWithContext()
    {
        var bio = _dir.Write("gold.bio", DisagreeingBio);
        var errors = Path.Combine(_dir.Path, "errors.tsv");

        var run = CliRun.Invoke("eval", "--gold", bio, "--errors", errors);

        Assert.Equal(0, run.ExitCode);
        var lines = File.ReadAllLines(errors);
        Assert.Equal("document\tkind\tgold_type\tgold_text\tpredicted_type\tpredicted_text\tstart\tend\tcontext", lines[0]);
        Assert.All(lines, line => Assert.Equal(9, line.Split('\t').Length));
        Assert.Contains(lines, line => line.StartsWith("0\tMissed\tEVENT\tvisited\t", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("\tORG\tLloyd Austin\t", StringComparison.Ordinal));
    }

    [Fact]
    public void Eval_ErrorsIntoMissingDirectory_Exits2NamingTheFile()
    {
        var bio = _dir.Write("gold.bio", DisagreeingBio);
        var errors = Path.Combine(_dir.Path, "no", "such", "dir", "errors.tsv");

        var run = CliRun.Invoke("eval", "--gold", bio, "--errors", errors);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("errors.tsv", run.Error, StringComparison.Ordinal);
    }
}
