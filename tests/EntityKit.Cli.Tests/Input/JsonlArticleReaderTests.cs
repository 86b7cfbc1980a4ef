using System.Text;
using EntityKit.Cli.Tests.TestSupport;
using EntityKit.Input;

namespace EntityKit.Cli.Tests.Input;

public sealed class JsonlArticleReaderTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(4096)]
    public void Read_AnyReadSize_SameRecordsWithBomAndCrlf(int bytesPerRead)
    {
        var content = "\uFEFF{\"id\":\"a\",\"text\":\"Alpha\"}\r\n\r\n{\"id\":\"b\",\"text\":\"Beta\\r\\nGamma\"}\r\n{\"id\":\"c\",\"text\":\"no newline at end\"}";
        using var stream = new TrickleStream(Encoding.UTF8.GetBytes(content), bytesPerRead);

        var inputs = JsonlArticleReader.Read(stream, "feed.jsonl").ToList();

        Assert.Equal(["a", "b", "c"], inputs.Select(i => i.Id));
        Assert.All(inputs, i => Assert.True(i.IsArticle));
        Assert.Equal([1L, 3L, 4L], inputs.Select(i => i.Line));
        Assert.Equal("Beta\r\nGamma", inputs[1].Article!.Text);
    }

    [Fact]
    public void Read_LineLongerThanTheBuffer_IsReadWhole()
    {
        var text = string.Concat(Enumerable.Repeat("Reuters reported from Kyiv. ", 20_000));
        var content = Fixtures.JsonLine("long", text) + "\n" + Fixtures.JsonLine("next", "Short.") + "\n";

        var inputs = JsonlArticleReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(content)), "big.jsonl").ToList();

        Assert.Equal(text, inputs[0].Article!.Text);
        Assert.Equal("next", inputs[1].Id);
    }

    [Fact]
    public void Read_OptionalMembers_AreCarriedIntoTheArticle()
    {
        var line = "{\"id\":\"m\",\"text\":\"Body.\",\"title\":\"Head\",\"url\":\"https://example.org/m\",\"published\":\"2024-01-31T10:00:00Z\",\"language\":\"en\",\"extra\":[1]}";

        var article = JsonlArticleReader.ReadLine(Encoding.UTF8.GetBytes(line), "x.jsonl", 1)!.Article!;

        Assert.Equal("Head", article.Title);
        Assert.Equal("https://example.org/m", article.Url);
        Assert.Equal("en", article.Language);
        Assert.Equal(new DateTimeOffset(2024, 1, 31, 10, 0, 0, TimeSpan.Zero), article.Published);
    }

    [Fact]
    public void ReadLine_EscapedCharacters_AreDecodedExactly()
    {
        var line = "{\"id\":\"e\",\"text\":\"Tab\\there, quote \\\" and \\u00e9 and \\ud83d\\ude00.\"}";

        var article = JsonlArticleReader.ReadLine(Encoding.UTF8.GetBytes(line), "x.jsonl", 1)!.Article!;

        Assert.Equal("Tab\there, quote \" and é and 😀.", article.Text);
    }

    [Fact]
    public void ReadLine_BlankLine_ReturnsNull()
    {
        Assert.Null(JsonlArticleReader.ReadLine(" \t "u8.ToArray(), "x.jsonl", 3));
    }

    [Fact]
    public void ReadLine_TruncatedObjectAfterItsId_KeepsTheId()
    {
        var input = JsonlArticleReader.ReadLine("{\"title\":\"T\",\"id\":\"kept\",\"text\":\"cut o"u8.ToArray(), "dir/x.jsonl", 9)!;

        Assert.False(input.IsArticle);
        Assert.Equal("kept", input.Id);
        Assert.Equal("dir/x.jsonl", input.Error!.Source);
        Assert.Equal(9, input.Error.Line);
        Assert.StartsWith("dir/x.jsonl:9: invalid JSON: ", input.Error.Message);
    }

    [Fact]
    public void ReadLine_BrokenObjectWithoutId_UsesFileNameAndLineAsId()
    {
        var input = JsonlArticleReader.ReadLine("{\"text\":"u8.ToArray(), "dir/x.jsonl", 9)!;

        Assert.Equal("x.jsonl:9", input.Id);
    }

    [Fact]
    public void ReadFile_UnreadableFile_YieldsOneErrorRecord()
    {
        var records = JsonlArticleReader.ReadFile(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "gone.jsonl")).ToList();

        var record = Assert.Single(records);
        Assert.Contains("cannot read", record.Error!.Problem);
    }
}
