using System.Text.Json;
using EntityKit.Cli.Tests.TestSupport;

namespace EntityKit.Cli.Tests.Commands;

public sealed class ExportTokensCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void ExportTokens_ToyBio_WritesOneLinePerDocumentWithOurTokensAndProjectedBilouLabels()
    {
        var bio = _dir.Write("toy.bio", Fixtures.ToyBio);
        var jsonl = Path.Combine(_dir.Path, "out", "toy.jsonl");

        var run = CliRun.Invoke("export-tokens", "--gold", bio, "--out", jsonl);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("2 documents, 4 sentences", run.Out);
        var documents = ReadLines(jsonl);
        Assert.Equal(2, documents.Count);
        var sentence = documents[0].GetProperty("sentences")[0];
        var tokens = Strings(sentence, "tokens");
        var labels = Strings(sentence, "labels");
        Assert.Equal(tokens.Count, labels.Count);
        Assert.Equal(["B-PERSON", "L-PERSON"], labels.Skip(tokens.IndexOf("Alvo")).Take(2));
        Assert.Equal("U-GPE", labels[tokens.IndexOf("Qatlan")]);
        Assert.False(sentence.TryGetProperty("model", out _));
    }

    [Fact]
    public void ExportTokens_Offsets_PointAtEachTokenAndTheGoldEntitiesAtTheirText()
    {
        var bio = _dir.Write("toy.bio", Fixtures.ToyBio);
        var jsonl = Path.Combine(_dir.Path, "toy.jsonl");

        Assert.Equal(0, CliRun.Invoke("export-tokens", "--gold", bio, "--out", jsonl).ExitCode);

        var document = ReadLines(jsonl)[0];
        var sentences = document.GetProperty("sentences").EnumerateArray().ToList();
        var tokens = sentences.SelectMany(s => Strings(s, "tokens")).ToList();
        var starts = sentences.SelectMany(s => s.GetProperty("starts").EnumerateArray().Select(e => e.GetInt32())).ToList();
        var ends = sentences.SelectMany(s => s.GetProperty("ends").EnumerateArray().Select(e => e.GetInt32())).ToList();
        Assert.All(Enumerable.Range(0, tokens.Count), i => Assert.Equal(tokens[i].Length, ends[i] - starts[i]));
        var entities = document.GetProperty("entities").EnumerateArray()
            .Select(e => (Start: e[0].GetInt32(), End: e[1].GetInt32(), Type: e[2].GetString())).ToList();
        var alvo = tokens.IndexOf("Alvo");
        Assert.Contains((starts[alvo], ends[alvo + 1], "PERSON"), entities);
        Assert.Equal(4, entities.Count);
    }

    [Fact]
    public void ExportTokens_WithModel_AddsThatPerceptronsLabelForEveryToken()
    {
        var bio = _dir.Write("toy.bio", Fixtures.ToyBio);
        var model = Path.Combine(_dir.Path, "toy.ekm");
        Assert.Equal(0, CliRun.Invoke("train", "--train", bio, "--out", model, "--epochs", "6").ExitCode);
        var jsonl = Path.Combine(_dir.Path, "toy.jsonl");

        var run = CliRun.Invoke("export-tokens", "--gold", bio, "--out", jsonl, "--model", model);

        Assert.Equal(0, run.ExitCode);
        var sentences = ReadLines(jsonl).SelectMany(d => d.GetProperty("sentences").EnumerateArray()).ToList();
        Assert.All(sentences, s => Assert.Equal(Strings(s, "labels").Count, Strings(s, "model").Count));
        Assert.Contains(sentences, s => Strings(s, "model").Contains("B-PERSON"));
    }

    [Fact]
    public void ExportTokens_WithScores_AddsARowOfMaxMarginalsPerTokenWithZeroAtTheModelsLabel()
    {
        var bio = _dir.Write("toy.bio", Fixtures.ToyBio);
        var model = Path.Combine(_dir.Path, "toy.ekm");
        Assert.Equal(0, CliRun.Invoke("train", "--train", bio, "--out", model, "--epochs", "6").ExitCode);
        var jsonl = Path.Combine(_dir.Path, "toy.jsonl");

        var run = CliRun.Invoke("export-tokens", "--gold", bio, "--out", jsonl, "--model", model, "--scores");

        Assert.Equal(0, run.ExitCode);
        var sentences = ReadLines(jsonl).SelectMany(d => d.GetProperty("sentences").EnumerateArray()).ToList();
        var names = EntityKit.Recognition.BilouLabelSet.OntoNotes;
        foreach (var sentence in sentences)
        {
            var decoded = Strings(sentence, "model");
            var rows = sentence.GetProperty("scores").EnumerateArray().Select(r => r.EnumerateArray().Select(e => e.GetDouble()).ToList()).ToList();
            Assert.Equal(decoded.Count, rows.Count);
            for (var t = 0; t < rows.Count; t++)
            {
                Assert.Equal(names.Count, rows[t].Count);
                Assert.Equal(0.0, rows[t].Max());
                Assert.Equal(decoded[t], names.NameOf(rows[t].IndexOf(0.0)));
            }
        }
    }

    [Fact]
    public void ExportTokens_ScoresWithoutModel_Exits2()
    {
        var bio = _dir.Write("toy.bio", Fixtures.ToyBio);

        var run = CliRun.Invoke("export-tokens", "--gold", bio, "--out", Path.Combine(_dir.Path, "x.jsonl"), "--scores");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--scores needs --model", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void ExportTokens_MissingGoldFile_Exits2AndNamesIt()
    {
        var missing = Path.Combine(_dir.Path, "missing.bio");

        var run = CliRun.Invoke("export-tokens", "--gold", missing, "--out", Path.Combine(_dir.Path, "x.jsonl"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("missing.bio", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void ExportTokens_BadBioLine_Exits2WithFileAndLine()
    {
        var bio = _dir.Write("bad.bio", "-DOCSTART-\tO\n\nAlvo\tB-PERSON\nno-tag-here\n");

        var run = CliRun.Invoke("export-tokens", "--gold", bio, "--out", Path.Combine(_dir.Path, "x.jsonl"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("bad.bio:4", Assert.Single(run.ErrorLines));
    }

    private static List<JsonElement> ReadLines(string path) =>
        [.. File.ReadAllLines(path).Select(line => JsonDocument.Parse(line).RootElement.Clone())];

    private static List<string> Strings(JsonElement element, string name) =>
        [.. element.GetProperty(name).EnumerateArray().Select(e => e.GetString()!)];
}
