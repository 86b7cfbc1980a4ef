using EntityKit.Articles;

namespace EntityKit.Tests.Articles;

public sealed class HtmlArticleTests
{
    private static readonly string StormPage = SeedArticle.Fixture("storm-page.html");

    [Fact]
    public void FromHtml_NewsPage_TakesHeadlineAsTitle()
    {
        var article = Article.FromHtml("storm", StormPage);

        Assert.Equal("storm", article.Id);
        Assert.Equal("Storm Dora hits the coast", article.Title);
    }

    [Fact]
    public void FromHtml_NewsPage_TextIsMainContentWithBlankLinesBetweenParagraphs()
    {
        var paragraphs = Article.FromHtml("storm", StormPage).Text.Split("\n\n");

        Assert.Equal(5, paragraphs.Length);
        Assert.StartsWith("Storm Dora made landfall near Port Alder on Tuesday", paragraphs[0]);
        Assert.Equal("Shelters are open in Westford", paragraphs[2]);
        Assert.Equal("Roads to the coast are closed", paragraphs[3]);
        Assert.Equal(
            "The National Weather Service warned of flooding & more storms.\nResidents were told to stay indoors and keep away from the beaches for the rest of the week.",
            paragraphs[4]);
    }

    [Fact]
    public void FromHtml_NewsPage_LeavesOutScriptsNavigationAndFooter()
    {
        var text = Article.FromHtml("storm", StormPage).Text;

        Assert.DoesNotContain("Tracking Pixel", text);
        Assert.DoesNotContain("color", text);
        Assert.DoesNotContain("Home", text);
        Assert.DoesNotContain("©", text);
    }

    [Fact]
    public void FromHtml_WhitespaceInsideParagraphs_CollapsesToSingleSpaces()
    {
        var text = Article.FromHtml("storm", StormPage).Text;

        Assert.DoesNotContain("  ", text);
        Assert.Contains("strong winds to the coast", text);
    }

    [Fact]
    public void FromHtml_IncludeTitleInText_HeadlineIsFirstParagraph()
    {
        var article = Article.FromHtml("storm", StormPage, new HtmlArticleOptions { IncludeTitleInText = true });

        Assert.StartsWith("Storm Dora hits the coast\n\nStorm Dora made landfall", article.Text);
    }

    [Fact]
    public void FromHtml_WithUrl_KeepsUrl()
    {
        var article = Article.FromHtml("storm", StormPage, new HtmlArticleOptions { Url = new Uri("https://news.example/storm") });

        Assert.Equal("https://news.example/storm", article.Url);
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("   ", "")]
    [InlineData("<html><body></body></html>", "")]
    [InlineData("<script>alert('x')</script><style>p{}</style>", "")]
    [InlineData("<<<>>> </div></p><!-- never closed", "<<<>>>")]
    public void FromHtml_EmptyOrGarbage_ReturnsItsVisibleTextWithoutThrowing(string html, string expectedText)
    {
        var article = Article.FromHtml("bad", html);

        Assert.Equal(expectedText, article.Text);
        Assert.Null(article.Title);
    }

    [Fact]
    public void FromHtml_PlainTextInsteadOfHtml_KeepsTheText()
    {
        var article = Article.FromHtml("plain", "Just a sentence about Riverton, not markup.");

        Assert.Equal("Just a sentence about Riverton, not markup.", article.Text);
    }

    [Fact]
    public void FromHtml_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => Article.FromHtml(null!, "<p>x</p>"));
        Assert.Throws<ArgumentNullException>(() => Article.FromHtml("id", null!));
        Assert.Throws<ArgumentNullException>(() => Article.FromHtml("id", "<p>x</p>", null!));
    }

    [Fact]
    public void FromHtml_ThenAnalyze_OffsetsReferToExtractedText()
    {
        var article = Article.FromHtml("storm", StormPage);
        var split = new Fakes.WhitespaceTokenizer();
        var analyzer = ArticleAnalyzer.CreateBuilder().WithTokenizer(split).WithSentenceSplitter(split)
            .AddRecognizer(new Fakes.WordListRecognizer("people", EntityType.Person, "Maria Lopez")).Build();

        var analysis = analyzer.Analyze(article);

        var mention = Assert.Single(analysis.Mentions);
        Assert.Equal("Maria Lopez", article.Text.Substring(mention.Start, mention.Length));
    }

    [Fact]
    public void FromHtml_ChromeParagraphsInsideTheContent_AreFoundAsBoilerplate()
    {
        var article = Article.FromHtml("council", SeedArticle.Fixture("council-page.html"));
        var analyzer = ArticleAnalyzer.CreateBuilder()
            .AddRecognizer(new Fakes.WordListRecognizer("orgs", EntityType.Organization, "Riverton Rovers")).Build();

        var analysis = analyzer.Analyze(article);

        Assert.Equal(
            ["Advertisement", "Read more: Riverton Rovers promoted after dramatic final day"],
            analysis.Boilerplate.Select(r => r.GetText(analysis.Text).ToString()));
        var rovers = Assert.Single(analysis.Entities);
        Assert.Equal(("Riverton Rovers", 1), (rovers.Name, rovers.MentionCount));
    }

    [Fact]
    public void FromHtml_ParagraphsRepeatingTheHeadlineOrTheAddress_AreLeftOut()
    {
        const string html = "<html><head><title>Bridge closes to cars</title></head><body><article>"
            + "<p>https://news.example/bridge</p><p>Bridge closes to cars</p>"
            + "<p>The council voted on Monday to close the old bridge to cars from the start of next month.</p>"
            + "<p>Engineers found cracks in two of its supports during an inspection last autumn, the report said.</p>"
            + "<p>Buses will use the ring road until the repairs are finished, which the council expects by the summer.</p>"
            + "</article></body></html>";

        var article = Article.FromHtml("bridge", html, new HtmlArticleOptions { Url = new Uri("https://news.example/bridge") });

        Assert.Equal("Bridge closes to cars", article.Title);
        Assert.StartsWith("The council voted on Monday", article.Text);
        Assert.DoesNotContain("https://news.example/bridge", article.Text);
    }
}
