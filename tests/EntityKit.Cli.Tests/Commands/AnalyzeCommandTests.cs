using System.Text;
using System.Text.Json;
using EntityKit.Cli.Tests.TestSupport;

namespace EntityKit.Cli.Tests.Commands;

public sealed class AnalyzeCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Analyze_TextFile_WritesOneRecordIdentifiedByFileName()
    {
        var path = _dir.Write("harbour-2024.txt", Fixtures.Harbour);

        var run = CliRun.Invoke("analyze", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        var record = Assert.Single(run.Records);
        Assert.Equal("harbour-2024", record.GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, record.GetProperty("error").ValueKind);
        AssertRecordShape(record, withTokens: false);
        AssertOffsetsSliceText(record, Fixtures.Harbour);
        Assert.True(record.GetProperty("sentences").GetArrayLength() >= 2, "two paragraphs give at least two sentences");
    }

    [Fact]
    public void Analyze_JsonlFile_WritesOneRecordPerLineInInputOrder()
    {
        var path = _dir.Write("news.jsonl", string.Join('\n',
            Fixtures.JsonLine("b", Fixtures.Council),
            Fixtures.JsonLine("a", Fixtures.Harbour),
            Fixtures.JsonLine("c", Fixtures.Unicode)) + "\n");

        var run = CliRun.Invoke("analyze", path, "--threads", "2");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["b", "a", "c"], run.Records.Select(r => r.GetProperty("id").GetString()));
        AssertOffsetsSliceText(run.Records[0], Fixtures.Council);
        AssertOffsetsSliceText(run.Records[1], Fixtures.Harbour);
        AssertOffsetsSliceText(run.Records[2], Fixtures.Unicode);
    }

    [Fact]
    public void Analyze_Directory_ReadsItsTxtAndJsonlFilesSortedByName()
    {
        _dir.Write("b.jsonl", Fixtures.JsonLine("b1", "One.") + "\n" + Fixtures.JsonLine("b2", "Two.") + "\n");
        _dir.Write("a.txt", Fixtures.Council);
        _dir.Write("c.txt", Fixtures.Harbour);
        _dir.Write("notes.md", "not an article");
        _dir.Write("sub/d.txt", "Nested, read only with --recursive.");

        var flat = CliRun.Invoke("analyze", _dir.Path);
        var recursive = CliRun.Invoke("analyze", _dir.Path, "--recursive");

        Assert.Equal(0, flat.ExitCode);
        Assert.Equal(["a", "b1", "b2", "c"], flat.Records.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(["a", "b1", "b2", "c", "d"], recursive.Records.Select(r => r.GetProperty("id").GetString()));
    }

    [Fact]
    public void Analyze_DashReadsJsonlFromStdin()
    {
        var stdin = Fixtures.JsonLine("s1", Fixtures.Harbour) + "\n" + Fixtures.JsonLine("s2", Fixtures.Council) + "\n";

        var run = CliRun.InvokeWithStdin(stdin, "analyze", "-");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["s1", "s2"], run.Records.Select(r => r.GetProperty("id").GetString()));
        AssertOffsetsSliceText(run.Records[0], Fixtures.Harbour);
    }

    [Fact]
    public void Analyze_TokensOption_AddsTokensThatSliceTheText()
    {
        var path = _dir.Write("u.txt", Fixtures.Unicode);

        var with = Assert.Single(CliRun.Invoke("analyze", path, "--tokens").Records);
        var without = Assert.Single(CliRun.Invoke("analyze", path).Records);

        AssertRecordShape(with, withTokens: true);
        AssertRecordShape(without, withTokens: false);
        var tokens = with.GetProperty("tokens").EnumerateArray().Select(t => Slice(Fixtures.Unicode, t)).ToList();
        Assert.Contains("Zürich", tokens);
        Assert.DoesNotContain(tokens, t => t.Trim().Length != t.Length || t.Length == 0);
        AssertOffsetsSliceText(with, Fixtures.Unicode);
    }

    [Fact]
    public void Analyze_TableFormat_PrintsAHeaderPerArticle()
    {
        var path = _dir.Write("news.jsonl", Fixtures.JsonLine("first", Fixtures.Harbour) + "\n" + Fixtures.JsonLine("second", Fixtures.Council) + "\n");

        var run = CliRun.Invoke("analyze", path, "--format", "table", "--tokens");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.Split('\n');
        Assert.StartsWith("== first (", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("== second (", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Cherbourg", StringComparison.Ordinal));
        Assert.DoesNotContain("{", run.Out.Split('\n')[0]);
    }

    [Fact]
    public void Analyze_OutputOption_WritesTheFileAndNothingToStdout()
    {
        var input = _dir.Write("a.txt", Fixtures.Council);
        var output = Path.Combine(_dir.Path, "out", "..", "results.jsonl");

        var run = CliRun.Invoke("analyze", input, "--output", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Out);
        var line = Assert.Single(File.ReadAllLines(output));
        Assert.Equal("a", JsonDocument.Parse(line).RootElement.GetProperty("id").GetString());
    }

    public static TheoryData<string, string, string> MalformedLines => new()
    {
        { "{\"id\":\"x1\",\"text\":\"unterminated", "x1", "invalid JSON" },
        { "not json at all", "bad.jsonl:2", "invalid JSON" },
        { "[1,2,3]", "bad.jsonl:2", "expected a JSON object, found an array" },
        { "{\"text\":\"no id here\"}", "bad.jsonl:2", "missing \"id\"" },
        { "{\"id\":42,\"text\":\"numeric id\"}", "bad.jsonl:2", "\"id\" must be a string, found a number" },
        { "{\"id\":\"x2\"}", "x2", "missing \"text\"" },
        { "{\"id\":\"x3\",\"text\":null}", "x3", "\"text\" must be a string, found null" },
        { "{\"id\":\"x4\",\"text\":\"ok\",\"title\":7}", "x4", "\"title\" must be a string or null" },
        { "{\"id\":\"x5\",\"text\":\"ok\",\"published\":\"last Tuesday\"}", "x5", "\"published\" is not an ISO 8601 date" },
        { "{\"id\":\"x6\",\"text\":\"lone \\ud800 surrogate\"}", "x6", "\"text\" is not valid Unicode" },
        { "{\"id\":\"x7\\udc00\",\"text\":\"ok\"}", "bad.jsonl:2", "\"id\" is not valid Unicode" },
    };

    [Theory]
    [MemberData(nameof(MalformedLines))]
    public void Analyze_MalformedLine_YieldsALocatedErrorRecordAndKeepsTheGoodOnes(string badLine, string expectedId, string expectedProblem)
    {
        var path = _dir.Write("bad.jsonl",
            Fixtures.JsonLine("good1", Fixtures.Council) + "\n" + badLine + "\n" + Fixtures.JsonLine("good2", Fixtures.Harbour) + "\n");

        var run = CliRun.Invoke("analyze", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["good1", expectedId, "good2"], run.Records.Select(r => r.GetProperty("id").GetString()));
        var error = run.Records[1].GetProperty("error").GetString()!;
        Assert.StartsWith($"{path}:2: ", error);
        Assert.Contains(expectedProblem, error);
        Assert.Equal(0, run.Records[1].GetProperty("sentences").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, run.Records[0].GetProperty("error").ValueKind);
        Assert.Equal(JsonValueKind.Null, run.Records[2].GetProperty("error").ValueKind);
        Assert.Contains(run.ErrorLines, l => l.Contains($"{path}:2: ", StringComparison.Ordinal) && l.Contains(expectedProblem, StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public void Analyze_InvalidUtf8Line_YieldsAnErrorRecordNamingTheByte()
    {
        var bytes = Encoding.UTF8.GetBytes(Fixtures.JsonLine("ok", "Fine.") + "\n")
            .Concat("{\"id\":\"broken\",\"text\":\"caf"u8.ToArray()).Concat(new byte[] { 0xC3, 0x28 }).Concat("\"}\n"u8.ToArray())
            .ToArray();
        var path = _dir.WriteBytes("utf.jsonl", bytes);

        var run = CliRun.Invoke("analyze", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["ok", "broken"], run.Records.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal($"{path}:2: invalid UTF-8 at byte 27 of the line", run.Records[1].GetProperty("error").GetString());
    }

    [Fact]
    public void Analyze_InvalidUtf8TextFile_YieldsAnErrorRecord()
    {
        var path = _dir.WriteBytes("latin1.txt", [.. "Gr"u8, 0xFC, .. "n\n"u8]);

        var run = CliRun.Invoke("analyze", path);

        Assert.Equal(1, run.ExitCode);
        var record = Assert.Single(run.Records);
        Assert.Equal("latin1", record.GetProperty("id").GetString());
        Assert.Contains("invalid UTF-8", record.GetProperty("error").GetString());
    }

    [Fact]
    public void Analyze_ByteOrderMarkAndCrlf_AreAccepted()
    {
        var jsonl = "\uFEFF" + Fixtures.JsonLine("w1", Fixtures.Council) + "\r\n" + Fixtures.JsonLine("w2", Fixtures.Harbour) + "\r\n";
        var jsonlPath = _dir.Write("windows.jsonl", jsonl);
        var txtPath = _dir.Write("windows.txt", "\uFEFFFirst line.\r\nSecond line.\r\n");

        var run = CliRun.Invoke("analyze", jsonlPath, txtPath);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["w1", "w2", "windows"], run.Records.Select(r => r.GetProperty("id").GetString()));
        AssertOffsetsSliceText(run.Records[0], Fixtures.Council);
        AssertOffsetsSliceText(run.Records[2], "First line.\r\nSecond line.\r\n");
    }

    [Fact]
    public void Analyze_BlankLines_AreSkipped()
    {
        var path = _dir.Write("gaps.jsonl", "\n" + Fixtures.JsonLine("g1", "One.") + "\n\n   \n" + Fixtures.JsonLine("g2", "Two.") + "\n\n");

        var run = CliRun.Invoke("analyze", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["g1", "g2"], run.Records.Select(r => r.GetProperty("id").GetString()));
    }

    [Fact]
    public void Analyze_ManyArticlesInParallel_KeepsInputOrder()
    {
        var lines = Enumerable.Range(0, 300).Select(i => Fixtures.JsonLine($"n{i}", i % 2 == 0 ? Fixtures.Harbour : $"Short note {i}."));
        var path = _dir.Write("many.jsonl", string.Join('\n', lines));

        var run = CliRun.Invoke("analyze", path, "--threads", "4");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Enumerable.Range(0, 300).Select(i => $"n{i}"), run.Records.Select(r => r.GetProperty("id").GetString()));
    }

    [Fact]
    public void Analyze_MissingPath_PrintsOneLineAndExits2()
    {
        var missing = Path.Combine(_dir.Path, "nowhere.jsonl");

        var run = CliRun.Invoke("analyze", missing);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Equal([$"entitykit: '{missing}' does not exist."], run.ErrorLines);
    }

    public static TheoryData<string[], string> UsageErrors => new()
    {
        { ["analyze", "x.txt", "--bogus"], "'--bogus'" },
        { ["analyze"], "PATH" },
        { ["analyze", "-", "--format", "xml"], "xml" },
        { ["analyze", "-", "--threads", "0"], "--threads must be at least 1" },
        { ["analyse-this"], "analyse-this" },
        { ["analyze", "-", "-"], "only once" },
    };

    [Theory]
    [MemberData(nameof(UsageErrors))]
    public void Analyze_BadCommandLine_PrintsOneLineAndExits2(string[] args, string expectedInMessage)
    {
        var run = CliRun.Invoke(args);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("entitykit: ", line);
        Assert.Contains(expectedInMessage, line);
    }

    [Fact]
    public void Analyze_UnsupportedFileType_Exits2()
    {
        var path = _dir.Write("article.pdf", "%PDF-1.7");

        var run = CliRun.Invoke("analyze", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([$"entitykit: '{path}' is not a .txt, .html, .htm or .jsonl file."], run.ErrorLines);
    }

    [Fact]
    public void Analyze_UnwritableOutput_Exits2()
    {
        var input = _dir.Write("a.txt", "Text.");
        var output = Path.Combine(_dir.Path, "missing-dir", "out.jsonl");

        var run = CliRun.Invoke("analyze", input, "-o", output);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"entitykit: Cannot write '{output}'", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void Analyze_SeedArticle_EveryOffsetSlicesTheOriginalText()
    {
        var seeds = Path.Combine(RepositoryRoot(), "seeds");
        var seedFile = Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal).First();

        var run = CliRun.Invoke("analyze", seeds, "--tokens");

        Assert.Equal(0, run.ExitCode);
        var record = run.Records[0];
        Assert.Equal(Path.GetFileNameWithoutExtension(seedFile), record.GetProperty("id").GetString());
        var text = File.ReadAllText(seedFile);
        AssertOffsetsSliceText(record, text);
        Assert.True(record.GetProperty("sentences").GetArrayLength() > 10);
    }

    [Fact]
    public void Help_ListsTheCommands()
    {
        var run = CliRun.Invoke("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("analyze", run.Out);
        Assert.Contains("eval-tokenizer", run.Out);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EntityKit.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("EntityKit.sln not found above " + AppContext.BaseDirectory);
    }

    [Fact]
    public void Analyze_Entities_CarryFirstOffsetRolesAndTheirMentions()
    {
        const string text = "US Defence Secretary Lloyd Austin visited Baghdad on Monday. Mr Austin met officials there.";
        var path = _dir.Write("austin.txt", text);

        var record = Assert.Single(CliRun.Invoke("analyze", path).Records);

        var mentions = record.GetProperty("mentions").EnumerateArray().ToList();
        var austin = record.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("name").GetString() == "Lloyd Austin");
        Assert.Equal(text.IndexOf("Lloyd", StringComparison.Ordinal), austin.GetProperty("first").GetInt32());
        var role = Assert.Single(austin.GetProperty("roles").EnumerateArray()).GetString();
        Assert.EndsWith("Defence Secretary", role, StringComparison.Ordinal);
        var own = austin.GetProperty("mentionIndexes").EnumerateArray().Select(i => mentions[i.GetInt32()].GetProperty("text").GetString());
        Assert.Equal(["Lloyd Austin", "Austin"], own);
    }

    private static void AssertRecordShape(JsonElement record, bool withTokens)
    {
        var names = record.EnumerateObject().Select(p => p.Name).ToList();
        List<string> expected = withTokens
            ? ["id", "sentences", "mentions", "entities", "language", "tokens", "error"]
            : ["id", "sentences", "mentions", "entities", "language", "error"];
        Assert.Equal(expected, names);
    }

    /// <summary>Every offset in a record is a half-open UTF-16 range that slices the original text as promised.</summary>
    private static void AssertOffsetsSliceText(JsonElement record, string text)
    {
        var sentences = record.GetProperty("sentences").EnumerateArray().ToList();
        if (text.Trim().Length > 0)
        {
            Assert.NotEmpty(sentences);
        }

        var previousEnd = 0;
        foreach (var sentence in sentences)
        {
            var slice = Slice(text, sentence);
            Assert.True(sentence.GetProperty("start").GetInt32() >= previousEnd, "sentences are ordered and disjoint");
            Assert.Equal(slice.Trim(), slice);
            previousEnd = sentence.GetProperty("end").GetInt32();
        }

        foreach (var mention in record.GetProperty("mentions").EnumerateArray())
        {
            Assert.Equal(mention.GetProperty("text").GetString(), Slice(text, mention));
        }

        if (record.TryGetProperty("tokens", out var tokens))
        {
            foreach (var token in tokens.EnumerateArray())
            {
                Assert.NotEmpty(Slice(text, token));
            }
        }
    }

    private static string Slice(string text, JsonElement range)
    {
        var start = range.GetProperty("start").GetInt32();
        var end = range.GetProperty("end").GetInt32();
        Assert.InRange(start, 0, text.Length);
        Assert.InRange(end, start + 1, text.Length);
        return text.Substring(start, end - start);
    }
}
