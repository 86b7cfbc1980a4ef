using System.Text;
using EntityKit.Articles;
using EntityKit.Input;

namespace EntityKit.Tests.Reliability;

/// <summary>
/// A page of deeply nested elements used to take minutes in <see cref="Article.FromHtml(string, string)"/> (100,000
/// nested <c>&lt;div&gt;</c>s): tree building and SmartReader's scoring grow faster than the depth. Such a page is now
/// refused before any parsing, in one linear pass, with an error that says where; in a batch it becomes an error
/// record in its place. Every test here finishes fast by construction: the pathological pages are refused by the
/// scan, the accepted ones are shallow.
/// </summary>
public sealed class DeeplyNestedHtmlTests
{
    private const string Story = "<p>Alice Smith met Bob Jones in Paris on Monday to discuss the council's report on the river.</p>";

    private static string NestedDivs(int depth, string prefix = "")
    {
        var html = new StringBuilder("<!doctype html><html><head><title>Deep</title></head><body>").Append(prefix).Append(Story);
        html.Append(string.Concat(Enumerable.Repeat("<div>", depth))).Append("deep text");
        html.Append(string.Concat(Enumerable.Repeat("</div>", depth)));
        return html.Append("</body></html>").ToString();
    }

    [Fact]
    public void FromHtml_HundredThousandNestedDivs_ThrowsHtmlNestingTooDeepExceptionAtTheFirstElementBeyondTheLimit()
    {
        var html = NestedDivs(100_000);

        var error = Assert.Throws<HtmlNestingTooDeepException>(() => Article.FromHtml("deep", html));

        var limit = HtmlArticleOptions.DefaultMaxNestingDepth;
        var firstDiv = html.IndexOf("<div>", StringComparison.Ordinal);
        Assert.Equal("deep", error.ArticleId);
        Assert.Equal(limit, error.MaxDepth);
        Assert.Equal(1, error.Line);
        Assert.Equal(firstDiv + (limit * "<div>".Length) + 1, error.Column);
        Assert.Contains("deeper than the maximum of 256 (HtmlArticleOptions.MaxNestingDepth)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromHtml_NestedExactlyToTheLimit_IsReadAndOneDeeperIsRefused()
    {
        var options = new HtmlArticleOptions { MaxNestingDepth = 30 };

        var atLimit = Article.FromHtml("ok", NestedDivs(30), options);

        Assert.Contains("Alice Smith met Bob Jones", atLimit.Text, StringComparison.Ordinal);
        Assert.Throws<HtmlNestingTooDeepException>(() => Article.FromHtml("deep", NestedDivs(31), options));
    }

    [Fact]
    public void FromHtml_TheErrorGivesTheLineOfTheElementBeyondTheLimit()
    {
        var html = "<html><body>\n<div>\n<div>\n<div>\n<div>x</div></div></div></div></body></html>";

        var error = Assert.Throws<HtmlNestingTooDeepException>(() => Article.FromHtml("deep", html, new HtmlArticleOptions { MaxNestingDepth = 3 }));

        Assert.Equal((5, 1), (error.Line, error.Column));
    }

    [Fact]
    public void MaxNestingDepth_BelowOne_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new HtmlArticleOptions { MaxNestingDepth = 0 });

    /// <summary>Shapes whose tags pile up without nesting: the tree stays shallow, so the page is read (with a limit of
    /// 8 that counting each tag would break a thousand times over).</summary>
    [Theory]
    [InlineData("unclosed paragraphs", "<p>one", 5_000)]
    [InlineData("unclosed list items", "<li>item", 5_000)]
    [InlineData("table cells without end tags", "<tr><td>a<td>b", 2_000)]
    [InlineData("line breaks and images", "text<br><img src=x.png>", 5_000)]
    [InlineData("closed divs in a row", "<div>a</div>", 5_000)]
    [InlineData("self-closing shapes inside svg", "<svg><path d='M0'/><circle r='1'/></svg>", 2_000)]
    [InlineData("tags inside a script are text", "<script>var s = '<div><div><div>';</script>", 2_000)]
    [InlineData("tags inside a style are text", "<style>/* <div><span> */</style>", 2_000)]
    [InlineData("tags inside a textarea are text", "<textarea><div><b></textarea>", 2_000)]
    public void FromHtml_ManyTagsThatDoNotNest_IsRead(string shape, string repeated, int count)
    {
        var html = NestedDivs(2, string.Concat(Enumerable.Repeat(repeated, count)));

        var article = Article.FromHtml(shape, html, new HtmlArticleOptions { MaxNestingDepth = 8 });

        Assert.NotNull(article.Text);
    }

    /// <summary>Shapes that really nest, however they are spelled: each is refused.</summary>
    [Theory]
    [InlineData("self-closing syntax on a div opens it", "<div/>")]
    [InlineData("stray end tags of other names close nothing", "<div></i></span>")]
    [InlineData("unclosed inline elements", "<span>")]
    [InlineData("nested svg groups", "<svg><g>")]
    public void FromHtml_TagsThatNest_IsRefused(string shape, string repeated)
    {
        var html = NestedDivs(0, string.Concat(Enumerable.Repeat(repeated, 1_000)));

        var error = Assert.Throws<HtmlNestingTooDeepException>(() => Article.FromHtml(shape, html, new HtmlArticleOptions { MaxNestingDepth = 50 }));

        Assert.Equal(50, error.MaxDepth);
    }

    [Fact]
    public void HtmlPageReader_DeepPage_IsAnErrorRecordNamingTheFile()
    {
        var input = HtmlPageReader.Read(Encoding.UTF8.GetBytes(NestedDivs(100_000)), "deep", "pages/deep.html");

        Assert.False(input.IsArticle);
        Assert.StartsWith("pages/deep.html: Page 'deep' nests elements deeper than the maximum of 256", input.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnalyzeInputs_JsonlWithADeepPageBetweenTwoGoodOnes_FailsThatRecordAloneWithItsLine()
    {
        var lines = new[]
        {
            JsonLine("first", NestedDivs(3)),
            JsonLine("deep", NestedDivs(100_000)),
            JsonLine("third", NestedDivs(3)),
        };
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"));

        var results = ReliabilityAnalyzers.Default.AnalyzeInputs(JsonlArticleReader.Read(stream, "pages.jsonl")).ToList();

        Assert.Equal(["first", "deep", "third"], results.Select(r => r.Analysis.Id));
        Assert.True(results[0].Analysis.Succeeded);
        Assert.True(results[2].Analysis.Succeeded);
        Assert.Contains("Alice Smith", results[2].Analysis.Text, StringComparison.Ordinal);
        Assert.False(results[1].Analysis.Succeeded);
        Assert.StartsWith("pages.jsonl:2: Page 'deep' nests elements deeper than the maximum of 256", results[1].Analysis.Error!.Message, StringComparison.Ordinal);
    }

    private static string JsonLine(string id, string html) =>
        System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = id, ["html"] = html });
}
