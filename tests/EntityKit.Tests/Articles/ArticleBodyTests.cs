using EntityKit.Articles;

namespace EntityKit.Tests.Articles;

public sealed class ArticleBodyTests
{
    [Fact]
    public void WithoutRegions_CutsTheRegionsAndKeepsTheOtherLinesAsParagraphs()
    {
        const string text = "Live updates: storm\n\nThe storm reached the coast.\nRoads closed.\n\n© 2026 Harbour Times";
        var regions = new[]
        {
            new TextRegion(0, 19, BoilerplateKind.Navigation),
            new TextRegion(text.IndexOf('©'), text.Length, BoilerplateKind.Legal),
        };

        Assert.Equal("The storm reached the coast.\n\nRoads closed.", ArticleBody.WithoutRegions(text, regions));
    }

    [Fact]
    public void FromHtml_IsTheArticleTextWithoutTheDetectorsBoilerplate()
    {
        const string html = "<html><head><title>Bridge closes</title></head><body><article><h1>Bridge closes</h1>"
            + "<p>The council voted on Monday to close the old bridge to cars from the start of next month.</p>"
            + "<p>Published 10:02 AM EST Nov 19, 2019</p>"
            + "<p>Engineers found cracks in two of its supports during an inspection last autumn, the report said.</p>"
            + "</article></body></html>";
        var text = Article.FromHtml("bridge", html).Text;
        var expected = ArticleBody.WithoutRegions(text, BoilerplateDetector.Default.Detect(text));

        var body = ArticleBody.FromHtml(html, HtmlArticleOptions.Default);

        Assert.Equal(expected, body);
        Assert.DoesNotContain("Published", body);
        Assert.Contains("Engineers found cracks", body);
    }
}
