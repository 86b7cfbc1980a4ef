using System.Text;
using System.Text.Json;
using EntityKit.Cli.Tests.TestSupport;

namespace EntityKit.Cli.Tests.Commands;

/// <summary><c>entitykit analyze</c> on web pages: .html/.htm files, directories of them, JSONL records with "html", and
/// .txt files that are really HTML. Their records carry the extracted text their offsets point into.</summary>
public sealed class AnalyzeHtmlTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Analyze_HtmlFile_RecordCarriesExtractedTextMetadataAndBoilerplate()
    {
        var path = _dir.Write("harbour.html", HtmlFixtures.Harbour);

        var run = CliRun.Invoke("analyze", path);

        Assert.Equal(0, run.ExitCode);
        var record = Assert.Single(run.Records);
        Assert.Equal("harbour", record.GetProperty("id").GetString());
        Assert.Equal(HtmlFixtures.HarbourTitle, record.GetProperty("title").GetString());
        Assert.Equal("2024-03-05T08:30:00+00:00", record.GetProperty("published").GetString());
        Assert.Equal(HtmlFixtures.HarbourUrl, record.GetProperty("url").GetString());
        var text = record.GetProperty("text").GetString()!;
        Assert.StartsWith("The ferry from Portsmouth reached Cherbourg", text);
        Assert.DoesNotContain("tracking", text);
        Assert.DoesNotContain("100%", text);
        AssertMentionsSlice(record, text);
        var boilerplate = Assert.Single(record.GetProperty("boilerplate").EnumerateArray());
        Assert.Equal("Promotion", boilerplate.GetProperty("kind").GetString());
        Assert.Equal("Sign up for our newsletter", Slice(text, boilerplate));
        Assert.Contains(record.GetProperty("mentions").EnumerateArray(), m => m.GetProperty("text").GetString() == "Anna Verhoeven");
    }

    [Fact]
    public void Analyze_HtmlFile_NoMentionFromScriptStyleOrSvg()
    {
        var path = _dir.Write("harbour.html", HtmlFixtures.Harbour);

        var record = Assert.Single(CliRun.Invoke("analyze", path).Records);

        var mentions = record.GetProperty("mentions").EnumerateArray().Select(m => m.GetProperty("text").GetString()).ToList();
        Assert.DoesNotContain("100%", mentions);
        Assert.DoesNotContain("45", mentions);
        Assert.DoesNotContain("1200", mentions);
    }

    [Fact]
    public void Analyze_TxtFileThatIsReallyHtml_IsReadAsHtmlNotAsText()
    {
        var path = _dir.Write("saved-page.txt", "\n  " + HtmlFixtures.Harbour);

        var run = CliRun.Invoke("analyze", path);

        Assert.Equal(0, run.ExitCode);
        var record = Assert.Single(run.Records);
        var text = record.GetProperty("text").GetString()!;
        Assert.DoesNotContain("<", text);
        Assert.DoesNotContain(record.GetProperty("mentions").EnumerateArray(), m => m.GetProperty("type").GetString() is "PERCENT" or "CARDINAL");
        AssertMentionsSlice(record, text);
    }

    [Fact]
    public void Analyze_DirectoryOfPages_ReadsHtmlAndHtmFilesWithTheOthersSortedByName()
    {
        _dir.Write("b-harbour.HTML", HtmlFixtures.Harbour);
        _dir.Write("a-council.htm", HtmlFixtures.Council);
        _dir.Write("c-plain.txt", Fixtures.Council);
        _dir.Write("sub/d-nested.html", HtmlFixtures.Council);

        var flat = CliRun.Invoke("analyze", _dir.Path);
        var recursive = CliRun.Invoke("analyze", _dir.Path, "-r");

        Assert.Equal(0, flat.ExitCode);
        Assert.Equal(["a-council", "b-harbour", "c-plain"], flat.Records.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(["a-council", "b-harbour", "c-plain", "d-nested"], recursive.Records.Select(r => r.GetProperty("id").GetString()));
        Assert.True(flat.Records[0].TryGetProperty("text", out _), "a page's record carries its text");
        Assert.False(flat.Records[2].TryGetProperty("text", out _), "a plain-text record does not, without --include-text");
    }

    [Fact]
    public void Analyze_JsonlRecordWithHtml_IsReadAsAPageAndItsOwnMetadataWins()
    {
        var line = JsonSerializer.Serialize(
            new Dictionary<string, string> { ["id"] = "p1", ["html"] = HtmlFixtures.Harbour, ["title"] = "Ferries run again", ["url"] = "https://other.example/p1" },
            StringMapContext.Default.DictionaryStringString);

        var run = CliRun.InvokeWithStdin(line + "\n" + Fixtures.JsonLine("t1", Fixtures.Council) + "\n", "analyze", "-");

        Assert.Equal(0, run.ExitCode);
        var page = run.Records[0];
        Assert.Equal("Ferries run again", page.GetProperty("title").GetString());
        Assert.Equal("https://other.example/p1", page.GetProperty("url").GetString());
        Assert.Equal("2024-03-05T08:30:00+00:00", page.GetProperty("published").GetString());
        AssertMentionsSlice(page, page.GetProperty("text").GetString()!);
        Assert.False(run.Records[1].TryGetProperty("text", out _));
    }

    [Theory]
    [InlineData("{\"id\":\"both\",\"text\":\"Hello.\",\"html\":\"<p>Hello.</p>\"}", "has both \"text\" and \"html\": give one of them")]
    [InlineData("{\"id\":\"both\",\"html\":42}", "\"html\" must be a string, found a number")]
    [InlineData("{\"id\":\"both\"}", "missing \"text\" (or \"html\" for a web page)")]
    public void Analyze_JsonlRecordWithBadContent_YieldsALocatedErrorRecordAndGoesOn(string badLine, string problem)
    {
        var path = _dir.Write("pages.jsonl", badLine + "\n" + Fixtures.JsonLine("good", Fixtures.Council) + "\n");

        var run = CliRun.Invoke("analyze", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["both", "good"], run.Records.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal($"{path}:1: {problem}", run.Records[0].GetProperty("error").GetString());
        Assert.Equal(JsonValueKind.Null, run.Records[1].GetProperty("error").ValueKind);
    }

    [Fact]
    public void Analyze_HtmlFileNotUtf8_YieldsALocatedErrorRecordAndTheOthersAreWritten()
    {
        var latin1 = Encoding.Latin1.GetBytes("<html><body><p>Caf\u00e9 in M\u00fcnchen opened on Monday.</p></body></html>");
        var bad = _dir.WriteBytes("a-latin1.html", latin1);
        _dir.Write("b-good.html", HtmlFixtures.Council);

        var run = CliRun.Invoke("analyze", _dir.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["a-latin1", "b-good"], run.Records.Select(r => r.GetProperty("id").GetString()));
        Assert.StartsWith($"{bad}:1: invalid UTF-8 at byte 19 of the line", run.Records[0].GetProperty("error").GetString());
    }

    [Fact]
    public void Analyze_IncludeText_PlainTextRecordCarriesTextAndBoilerplate()
    {
        const string text = "The ferry from Portsmouth reached Cherbourg at 9.15am on Tuesday after two days of cancellations.\n\nRead more: Storm in the Channel\n\nIts captain, Anna Verhoeven, said the crossing was calm and that the crew had worked through the night.";
        var path = _dir.Write("plain.txt", text);

        var record = Assert.Single(CliRun.Invoke("analyze", path, "--include-text").Records);

        Assert.Equal(text, record.GetProperty("text").GetString());
        var region = Assert.Single(record.GetProperty("boilerplate").EnumerateArray());
        Assert.Equal("Navigation", region.GetProperty("kind").GetString());
        Assert.Equal("Read more: Storm in the Channel", Slice(text, region));
    }

    [Fact]
    public void Analyze_PlainTextWithoutIncludeText_KeepsTheRecordExactlyAsBefore()
    {
        var run = CliRun.InvokeWithStdin("{\"id\":\"ci-1\",\"text\":\"Lloyd Austin visited Baghdad. It rained.\",\"title\":\"Visit\"}\n", "analyze", "-");

        Assert.StartsWith(
            "{\"id\":\"ci-1\",\"sentences\":[{\"start\":0,\"end\":29},{\"start\":30,\"end\":40}],\"mentions\":[{\"start\":0,\"end\":12,\"text\":\"Lloyd Austin\",\"type\":\"PERSON\"",
            run.Out);
        Assert.EndsWith("],\"language\":\"und\",\"error\":null}\n", run.Out);
        Assert.DoesNotContain("\"title\"", run.Out);
    }

    [Fact]
    public void Analyze_TableFormat_ListsTheBoilerplateLeftOutWithKindAndExcerpt()
    {
        var path = _dir.Write("harbour.html", HtmlFixtures.Harbour);

        var run = CliRun.Invoke("analyze", path, "--format", "table");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.Split('\n');
        Assert.Contains($"   Title: {HtmlFixtures.HarbourTitle}", lines);
        Assert.Contains($"   URL: {HtmlFixtures.HarbourUrl}", lines);
        var heading = Array.IndexOf(lines, "   Boilerplate (left out of the analysis)");
        Assert.True(heading > 0, run.Out);
        Assert.Matches(@"^\s+start\s+end\s+kind\s+excerpt$", lines[heading + 1]);
        Assert.Matches(@"^\s+\d+\s+\d+\s+Promotion\s+Sign up for our newsletter$", lines[heading + 3]);
    }

    [Fact]
    public void Analyze_TableFormat_CutsLongBoilerplateExcerpts()
    {
        var chrome = "Sign up for our newsletter and get the best stories from the coast every morning";
        var path = _dir.Write("long.txt", chrome + "\n\nThe ferry from Portsmouth reached Cherbourg at 9.15am on Tuesday after two days of cancellations.");

        var run = CliRun.Invoke("analyze", path, "--format", "table");

        Assert.Contains(run.Out.Split('\n'), l => l.Contains("Promotion", StringComparison.Ordinal) && l.EndsWith(chrome[..49] + "…", StringComparison.Ordinal));
    }

    private static string Slice(string text, JsonElement range)
    {
        var start = range.GetProperty("start").GetInt32();
        return text[start..range.GetProperty("end").GetInt32()];
    }

    private static void AssertMentionsSlice(JsonElement record, string text)
    {
        Assert.NotEqual(0, record.GetProperty("mentions").GetArrayLength());
        foreach (var mention in record.GetProperty("mentions").EnumerateArray())
        {
            Assert.Equal(mention.GetProperty("text").GetString(), Slice(text, mention));
        }
    }
}

[System.Text.Json.Serialization.JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class StringMapContext : System.Text.Json.Serialization.JsonSerializerContext;
