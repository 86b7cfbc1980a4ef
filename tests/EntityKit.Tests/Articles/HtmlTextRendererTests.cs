using EntityKit.Articles;

namespace EntityKit.Tests.Articles;

/// <summary>Block elements never run into each other in the rendered text.</summary>
public sealed class HtmlTextRendererTests
{
    [Fact]
    public void FromHtml_CaptionSpansAfterAParagraph_AreNotGluedToItOrToEachOther()
    {
        // The shape of a caption that used to render as "underground.CreditCreditChang W. Lee".
        var html = "<html><body><p>Crews worked through the night to repair the cable that runs underground.</p>"
            + "<figure><img src='a.jpg'><figcaption class='x1'><span>Workers near the station.</span>"
            + "<span><span>Credit</span><span>Chang W. Lee</span></span></figcaption></figure></body></html>";
        var body = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).Body!;

        var text = HtmlTextRenderer.Render(body, skipChrome: false);

        Assert.Equal("Crews worked through the night to repair the cable that runs underground.\n\nWorkers near the station.\nCredit\nChang W. Lee", text);
    }

    [Fact]
    public void Render_CaptionWithSpacedInlineMarkup_StaysOneLine()
    {
        var body = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<figcaption>Photo by <b>Ann</b> Lee</figcaption>").Body!;

        Assert.Equal("Photo by Ann Lee", HtmlTextRenderer.Render(body, skipChrome: false));
    }

    [Theory]
    [InlineData("<header>Harbour Times</header><p>The ferry sailed.</p>", "Harbour Times\n\nThe ferry sailed.")]
    [InlineData("<p>The ferry sailed.</p><footer>Filed at noon</footer>", "The ferry sailed.\n\nFiled at noon")]
    [InlineData("<aside>Tide table</aside><main>The ferry sailed.</main>", "Tide table\n\nThe ferry sailed.")]
    public void Render_SectioningElements_AreParagraphsOfTheirOwn(string html, string expected)
    {
        var body = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).Body!;

        Assert.Equal(expected, HtmlTextRenderer.Render(body, skipChrome: false));
    }

    [Fact]
    public void FromHtml_NewsPageWithCaptionedPhoto_NoWordRunsAcrossTheCaption()
    {
        var html = "<html><head><title>Cable repaired</title></head><body><article><h1>Cable repaired</h1>"
            + "<p>Crews worked through the night to repair the cable that runs underground beneath the old market square.</p>"
            + "<figure><img src='a.jpg'><figcaption><span>Workers near the station.</span><span>Credit Chang W. Lee</span></figcaption></figure>"
            + "<p>Power returned to most homes by morning, the utility said, and the last streets were reconnected at noon.</p>"
            + "<p>The company said the cable had been damaged by water during last week's heavy rain in the district.</p>"
            + "</article></body></html>";

        var text = Article.FromHtml("cable", html).Text;

        Assert.DoesNotContain("Credit", text);
        Assert.Contains("beneath the old market square.\n\nPower returned", text);
    }
}
