using System.Text;
using EntityKit.Input;

namespace EntityKit.Cli.Tests.Input;

public sealed class TextArticleReaderTests
{
    [Fact]
    public void Read_KeepsTheTextExactlyButDropsTheByteOrderMark()
    {
        var input = TextArticleReader.Read(Encoding.UTF8.GetBytes("\uFEFFLine one.\r\nLine two.\n"), "a", "a.txt");

        Assert.Equal("Line one.\r\nLine two.\n", input.Article!.Text);
        Assert.Equal("a", input.Id);
        Assert.Equal(0, input.Line);
    }

    [Fact]
    public void Read_InvalidUtf8_NamesTheLineAndByte()
    {
        var input = TextArticleReader.Read([.. "ok\nGr"u8, 0xFC, .. "n"u8], "b", "b.txt");

        Assert.False(input.IsArticle);
        Assert.Equal("b.txt:2: invalid UTF-8 at byte 3 of the line (byte 5 of the file)", input.Error!.Message);
    }
}
