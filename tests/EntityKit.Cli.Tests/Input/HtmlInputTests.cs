using System.Text;
using EntityKit.Cli.Tests.TestSupport;
using EntityKit.Input;

namespace EntityKit.Cli.Tests.Input;

/// <summary>The input readers on web pages: <see cref="HtmlPageReader"/>, <see cref="HtmlPageDetector"/>, and HTML in
/// .txt files and JSONL records.</summary>
public sealed class HtmlInputTests
{
    [Theory]
    [InlineData("<!DOCTYPE html><html><body>x</body></html>", true)]
    [InlineData("<!doctype HTML>\n<html>", true)]
    [InlineData("\uFEFF\r\n   <html lang=\"en\">", true)]
    [InlineData("<HTML>", true)]
    [InlineData("<html/>", true)]
    [InlineData("<htmlx>", false)]
    [InlineData("<p>Just a fragment</p>", false)]
    [InlineData("The <html> tag starts a page.", false)]
    [InlineData("<!DOCTYPE svg>", false)]
    [InlineData("", false)]
    public void IsHtmlPage_OnlyAWholePageCounts(string text, bool expected) =>
        Assert.Equal(expected, HtmlPageDetector.IsHtmlPage(text));

    [Fact]
    public void HtmlPageReader_Page_IsAnHtmlArticleWithTheFileNameAsIdAndThePagesMetadata()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(HtmlFixtures.Harbour)).ToArray();

        var input = HtmlPageReader.Read(bytes, "harbour", "pages/harbour.html");

        Assert.True(input.IsArticle);
        Assert.Equal(ArticleInputFormat.Html, input.Format);
        Assert.Equal(HtmlFixtures.HarbourTitle, input.Article!.Title);
        Assert.Equal(HtmlFixtures.HarbourUrl, input.Article.Url);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 8, 30, 0, TimeSpan.Zero), input.Article.Published);
        Assert.StartsWith("The ferry from Portsmouth", input.Article.Text);
    }

    [Fact]
    public void HtmlPageReader_NotUtf8_IsAnErrorRecordNamingLineAndByte()
    {
        var bytes = Encoding.Latin1.GetBytes("<html>\n<p>Caf\u00e9</p></html>");

        var input = HtmlPageReader.Read(bytes, "cafe", "cafe.html");

        Assert.False(input.IsArticle);
        Assert.Equal("cafe.html:2: invalid UTF-8 at byte 7 of the line (byte 13 of the file)", input.Error!.Message);
    }

    [Fact]
    public void TextArticleReader_PlainText_StaysTextExactlyAsStored()
    {
        var input = TextArticleReader.Read(Encoding.UTF8.GetBytes("<b>bold</b> is a tag.\r\n"), "t", "t.txt");

        Assert.Equal(ArticleInputFormat.Text, input.Format);
        Assert.Equal("<b>bold</b> is a tag.\r\n", input.Article!.Text);
    }

    [Fact]
    public void TextArticleReader_WholeHtmlPage_IsReadAsHtml()
    {
        var input = TextArticleReader.Read(Encoding.UTF8.GetBytes(HtmlFixtures.Harbour), "saved", "saved.txt");

        Assert.Equal(ArticleInputFormat.Html, input.Format);
        Assert.Equal(HtmlFixtures.HarbourTitle, input.Article!.Title);
        Assert.DoesNotContain("<", input.Article.Text);
    }

    [Fact]
    public void JsonlArticleReader_HtmlMember_IsReadAsAPageUsingTheRecordsUrl()
    {
        var line = Encoding.UTF8.GetBytes(
            "{\"id\":\"p\",\"url\":\"https://news.example/p\",\"language\":\"en-GB\",\"html\":\"<html><head><title>Budget</title></head><body><article><p>The city council in Leeds approved a budget for new cycle lanes on Monday after a long debate.</p></article></body></html>\"}");

        var input = JsonlArticleReader.ReadLine(line, "feed.jsonl", 4)!;

        Assert.Equal(ArticleInputFormat.Html, input.Format);
        Assert.Equal("https://news.example/p", input.Article!.Url);
        Assert.Equal("en-GB", input.Article.Language);
        Assert.Equal("Budget", input.Article.Title);
        Assert.StartsWith("The city council in Leeds", input.Article.Text);
    }

    [Fact]
    public void JsonlArticleReader_TextThatIsAWholePage_IsReadAsHtml()
    {
        var line = Encoding.UTF8.GetBytes("{\"id\":\"p\",\"text\":\"<!DOCTYPE html><html><body><p>Leeds approved the budget.</p><script>var x = 45;</script></body></html>\"}");

        var input = JsonlArticleReader.ReadLine(line, "feed.jsonl", 1)!;

        Assert.Equal(ArticleInputFormat.Html, input.Format);
        Assert.DoesNotContain("45", input.Article!.Text);
    }

    [Theory]
    [InlineData("a.txt", true)]
    [InlineData("a.HTML", true)]
    [InlineData("a.htm", true)]
    [InlineData("dir/a.Jsonl", true)]
    [InlineData("a.md", false)]
    [InlineData("a.html.gz", false)]
    [InlineData("a.xhtml", false)]
    public void IsArticleFile_KnowsTheReadableExtensions(string path, bool expected) =>
        Assert.Equal(expected, ArticlePathSource.IsArticleFile(path));
}
