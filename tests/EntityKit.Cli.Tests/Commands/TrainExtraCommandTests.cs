using EntityKit.Cli.Tests.TestSupport;

namespace EntityKit.Cli.Tests.Commands;

public sealed class TrainExtraCommandTests : IDisposable
{
    private const string CoarseBio = """
        -DOCSTART-	O

        Dr.	O
        Orla	B-PER
        Venn	I-PER
        joined	O
        Kestrel	B-ORG
        Mills	I-ORG
        in	O
        Brasmir	B-LOC
        .	O

        two	O
        Veloran	B-MISC
        traders	O
        left	O
        .	O
        """;

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Train_ExtraCoarseCorpus_ReportsWhatWasUsedAndWritesAModel()
    {
        var bio = _dir.Write("toy.bio", Fixtures.ToyBio);
        var extra = _dir.Write("coarse.bio", CoarseBio);
        var model = Path.Combine(_dir.Path, "toy.ekm");

        var run = CliRun.Invoke("train", "--train", bio, "--dev", bio, "--out", model, "--epochs", "3", "--extra", extra, "--extra-map", "conll");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Extra coarse.bio (partially labelled, mapping conll2003): 1 of 1 documents", run.Out);
        Assert.Contains("4 of 4 entities used", run.Out);
        Assert.True(File.Exists(model));
    }

    [Fact]
    public void Train_ExtraWithUnknownCoarseType_Exits2NamingIt()
    {
        var bio = _dir.Write("toy.bio", Fixtures.ToyBio);
        var extra = _dir.Write("coarse.bio", CoarseBio.Replace("B-MISC", "B-VEHICLE", StringComparison.Ordinal));

        var run = CliRun.Invoke("train", "--train", bio, "--out", Path.Combine(_dir.Path, "m.ekm"), "--extra", extra, "--extra-map", "conll");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'VEHICLE'", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void Train_ExtraWithWrittenOutMapping_UsesIt()
    {
        var bio = _dir.Write("toy.bio", Fixtures.ToyBio);
        var extra = _dir.Write("coarse.bio", CoarseBio);

        var run = CliRun.Invoke(
            "train", "--train", bio, "--out", Path.Combine(_dir.Path, "m.ekm"), "--epochs", "2", "--extra", extra,
            "--extra-map", "PER=PERSON,ORG=ORG/GPE,LOC=GPE/LOC/FAC,MISC=NORP");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("mapping custom): 1 of 1 documents", run.Out);
    }

    [Theory]
    [InlineData("PER=PERSON,ORG=COMPANY,LOC=GPE,MISC=NORP", "COMPANY")]
    [InlineData("ontonotes", "'ontonotes' is neither a built-in mapping")]
    public void Train_BadExtraMap_Exits2SayingWhy(string map, string expected)
    {
        var bio = _dir.Write("toy.bio", Fixtures.ToyBio);
        var extra = _dir.Write("coarse.bio", CoarseBio);

        var run = CliRun.Invoke("train", "--train", bio, "--out", Path.Combine(_dir.Path, "m.ekm"), "--extra", extra, "--extra-map", map);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, string.Join('\n', run.ErrorLines));
    }

    [Theory]
    [InlineData("--extra-map", "conll")]
    [InlineData("--extra-share", "0.5")]
    public void Train_ExtraOptionWithoutExtra_Exits2(string option, string value)
    {
        var bio = _dir.Write("toy.bio", Fixtures.ToyBio);

        var run = CliRun.Invoke("train", "--train", bio, "--out", Path.Combine(_dir.Path, "m.ekm"), option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("need --extra", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void Train_ExtraWithoutMap_Exits2()
    {
        var bio = _dir.Write("toy.bio", Fixtures.ToyBio);
        var extra = _dir.Write("coarse.bio", CoarseBio);

        var run = CliRun.Invoke("train", "--train", bio, "--out", Path.Combine(_dir.Path, "m.ekm"), "--extra", extra);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--extra-map", Assert.Single(run.ErrorLines));
    }
}
