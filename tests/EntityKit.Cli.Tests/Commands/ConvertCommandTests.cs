using System.Text.Json;
using EntityKit.Cli.Tests.TestSupport;

namespace EntityKit.Cli.Tests.Commands;

public sealed class ConvertCommandTests : IDisposable
{
    private const string Jsonl = """
        {"id": "a", "text": "Anna Kovacs left. She joined Velmora Networks.", "spans": [{"start": 0, "end": 11, "type": "PERSON"}, {"start": 29, "end": 45, "type": "ORG"}]}
        {"id": "b", "text": "Zekro Labs (NASDAQ: ZKRO) fell.", "spans": [{"start": 20, "end": 24, "type": "TICKER"}]}

        """;

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Convert_JsonlToBio_WritesTokensAndTagsPerSentence()
    {
        var input = _dir.Write("in.jsonl", Jsonl);
        var output = Path.Combine(_dir.Path, "out.bio");

        var run = CliRun.Invoke("convert", "--from", "jsonl", "--to", "bio", "--in", input, "--out", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"Wrote {output}: 2 documents, 3 entities.\n", run.Out);
        Assert.StartsWith("-DOCSTART-\tO\n\nAnna\tB-PERSON\nKovacs\tI-PERSON\nleft\tO\n.\tO\n\nShe\tO\n", File.ReadAllText(output));
        Assert.Contains("NASDAQ\tO\n:\tO\nZKRO\tB-TICKER\n)\tO\n", File.ReadAllText(output));
    }

    [Fact]
    public void Convert_JsonlToBioToJsonl_GivesBackTheSameTextsAndSpans()
    {
        var input = _dir.Write("in.jsonl", Jsonl);
        var bio = Path.Combine(_dir.Path, "mid.bio");
        var back = Path.Combine(_dir.Path, "back.jsonl");

        Assert.Equal(0, CliRun.Invoke("convert", "--from", "jsonl", "--to", "bio", "--in", input, "--out", bio).ExitCode);
        Assert.Equal(0, CliRun.Invoke("convert", "--from", "bio", "--to", "jsonl", "--in", bio, "--out", back).ExitCode);

        var original = Records(File.ReadAllText(input));
        var roundTripped = Records(File.ReadAllText(back));
        Assert.Equal(original.Select(r => r.Text), roundTripped.Select(r => r.Text));
        Assert.Equal(original.Select(r => r.Spans), roundTripped.Select(r => r.Spans));
    }

    [Fact]
    public void Convert_BadJsonlLine_ReportsFileAndLineConvertsTheRestAndExits1()
    {
        var input = _dir.Write("in.jsonl", """{"text": "Apple", "spans": [{"start": 0, "end": 9, "type": "ORG"}]}""" + "\n" + Jsonl);
        var output = Path.Combine(_dir.Path, "out.jsonl");

        var run = CliRun.Invoke("convert", "--from", "jsonl", "--to", "jsonl", "--in", input, "--out", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal([$"entitykit: {input}:1: span 1 [0, 9) is out of range: the text has 5 characters."], run.ErrorLines);
        Assert.Equal(2, File.ReadAllLines(output).Length);
        Assert.Contains("1 bad lines left out", run.Out);
    }

    [Fact]
    public void Convert_MissingInput_Exits2()
    {
        var missing = Path.Combine(_dir.Path, "none.jsonl");

        var run = CliRun.Invoke("convert", "--from", "jsonl", "--to", "bio", "--in", missing, "--out", Path.Combine(_dir.Path, "x.bio"));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([$"entitykit: '{missing}' does not exist."], run.ErrorLines);
    }

    [Fact]
    public void Convert_UnknownFormat_Exits2()
    {
        var input = _dir.Write("in.jsonl", Jsonl);

        var run = CliRun.Invoke("convert", "--from", "csv", "--to", "bio", "--in", input, "--out", Path.Combine(_dir.Path, "x.bio"));

        Assert.Equal(2, run.ExitCode);
    }

    private static List<(string Text, string Spans)> Records(string jsonl) =>
        jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Select(r => (r.GetProperty("text").GetString()!, string.Join(";", r.GetProperty("spans").EnumerateArray()
                .Select(s => $"{s.GetProperty("start").GetInt32()}-{s.GetProperty("end").GetInt32()}-{s.GetProperty("type").GetString()}"))))
            .ToList();
}
