using EntityKit.Articles;

namespace EntityKit.Tests.Articles;

/// <summary>Chrome inside an article's main content is left out of <see cref="Article.Text"/>; each rule on a small page
/// of our own.</summary>
public sealed class HtmlChromeFilterTests
{
    private const string Body =
        "<p>The harbour board met on Tuesday to approve a new ferry timetable for the winter months, officials said.</p>"
        + "<p>Fares will stay the same until March, and the first crossing will leave at six in the morning each day.</p>"
        + "<p>Residents of the island had asked for an earlier boat for years, the board chair told reporters afterwards.</p>";

    [Theory]
    [InlineData("<figure><img src='ferry.jpg'><figcaption>The new ferry at the quay. Photo by Ann Lee</figcaption></figure>", "The new ferry")]
    [InlineData("<div class='article-byline'>By Tom Reed, Harbour Correspondent</div>", "Tom Reed")]
    [InlineData("<div class='share-bar'><a href='#'>Facebook</a> <a href='#'>Twitter</a> Email this story</div>", "Email this story")]
    [InlineData("<div class='newsletter_signup'>Get the morning briefing in your inbox every day</div>", "morning briefing")]
    [InlineData("<aside class='related-stories'><h3>More from the coast</h3><p>Storm closes beach road</p></aside>", "Storm closes")]
    [InlineData("<div class='paywall-message'>You have read all your free articles this month</div>", "free articles")]
    [InlineData("<div class='slideshowCounter'>3 / 12</div>", "3 / 12")]
    [InlineData("<span itemprop='copyrightHolder'>Jo Park/Harbour Times</span>", "Jo Park")]
    [InlineData("<div class='author-bio'>Tom Reed covers transport and has written for the paper since 2004.</div>", "covers transport")]
    [InlineData("<p class='standfirst'>Winter sailings start earlier than ever.</p>", "Winter sailings")]
    public void FromHtml_ChromeMarkedByMarkup_IsLeftOut(string chrome, string chromeText)
    {
        var text = Article.FromHtml("ferry", Page(chrome)).Text;

        Assert.DoesNotContain(chromeText, text);
        Assert.Contains("Fares will stay the same until March", text);
    }

    [Theory]
    [InlineData("<p><a href='/story/storm'>Storm closes beach road as waves batter the coast</a></p>")]
    [InlineData("<p><strong>Read more:</strong> <a href='/story/pier'>Pier repairs to finish by spring</a></p>")]
    [InlineData("<p>[<a href='/story/tides'>Read: Why the tides were so high this week</a>]</p>")]
    [InlineData("<ul><li><a href='/a'>Bus lanes extended</a></li><li><a href='/b'>Parking fees rise</a></li></ul>")]
    public void FromHtml_LinkOnlyParagraphs_AreLeftOut(string links)
    {
        var text = Article.FromHtml("ferry", Page(links)).Text;

        Assert.DoesNotContain("Storm closes", text);
        Assert.DoesNotContain("Pier repairs", text);
        Assert.DoesNotContain("tides", text);
        Assert.DoesNotContain("Bus lanes", text);
        Assert.Contains("Residents of the island", text);
    }

    [Fact]
    public void FromHtml_LinkInsideASentence_IsKept()
    {
        var html = Page("<p>The plan follows a <a href='/report'>report on ferry delays</a> published by the council last spring.</p>");

        Assert.Contains("The plan follows a report on ferry delays published by the council last spring.", Article.FromHtml("ferry", html).Text);
    }

    [Fact]
    public void FromHtml_LinkShownAsAnAddress_IsKeptAsAReference()
    {
        var html = Page("<p><a href='https://harbour.example/timetable'>https://harbour.example/timetable</a></p>");

        Assert.Contains("https://harbour.example/timetable", Article.FromHtml("ferry", html).Text);
    }

    [Fact]
    public void FromHtml_ContentWrapperWithAChromeWordInItsClass_IsKept()
    {
        // A wrapper holding the whole story is never chrome, whatever its class says.
        var html = "<html><head><title>Ferry timetable</title></head><body><article><div class='story social-enabled'>"
            + Body + "</div></article></body></html>";

        Assert.Contains("Residents of the island", Article.FromHtml("ferry", html).Text);
    }

    private static string Page(string chrome) =>
        "<html><head><title>Ferry timetable approved</title></head><body><article><h1>Ferry timetable approved</h1>"
        + Body.Replace("</p><p>Fares", "</p>" + chrome + "<p>Fares", StringComparison.Ordinal)
        + "</article></body></html>";
}
