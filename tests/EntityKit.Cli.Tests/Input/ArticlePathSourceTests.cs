using System.Text;
using EntityKit.Cli.Tests.TestSupport;
using EntityKit.Input;

namespace EntityKit.Cli.Tests.Input;

public sealed class ArticlePathSourceTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Create_Directory_ListsArticleFilesByOrdinalName()
    {
        _dir.Write("b.TXT", "B");
        _dir.Write("a.jsonl", "");
        _dir.Write("B.txt", "B upper");
        _dir.Write("c.csv", "ignored");

        var source = ArticlePathSource.Create([_dir.Path]);

        Assert.Equal(["B.txt", "a.jsonl", "b.TXT"], source.Files.Select(Path.GetFileName));
    }

    [Fact]
    public void Create_MissingPath_ThrowsBeforeReadingAnything()
    {
        var good = _dir.Write("a.txt", "A");

        var exception = Assert.Throws<ArticleSourceException>(() => ArticlePathSource.Create([good, "no/such/file.txt"]));

        Assert.Equal("'no/such/file.txt' does not exist.", exception.Message);
    }

    [Fact]
    public void Enumerate_MixedSources_YieldsRecordsInPathOrder()
    {
        var txt = _dir.Write("t.txt", "Text file.");
        var stdin = Encoding.UTF8.GetBytes("{\"id\":\"s\",\"text\":\"From stdin.\"}\n");

        var source = ArticlePathSource.Create(["-", txt], openStandardInput: () => new MemoryStream(stdin));
        var inputs = source.ToList();

        Assert.Equal(["s", "t"], inputs.Select(i => i.Id));
        Assert.Equal("stdin:1", inputs[0].Location);
        Assert.Equal(txt, inputs[1].Location);
    }
}
