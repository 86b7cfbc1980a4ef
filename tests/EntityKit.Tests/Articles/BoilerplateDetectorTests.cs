using EntityKit.Articles;

namespace EntityKit.Tests.Articles;

public sealed class BoilerplateDetectorTests
{
    private static readonly BoilerplateDetector Detector = BoilerplateDetector.Default;

    private static string[] FlaggedLines(string text) =>
        [.. Detector.Detect(text).Select(r => r.GetText(text).ToString())];

    [Fact]
    public void Detect_SeedArticle_FindsExactlyTheAnnotatedRegions()
    {
        var text = SeedArticle.Text;
        var expected = SeedArticle.Expected.Boilerplate;

        var regions = Detector.Detect(text);

        Assert.Equal(expected, regions.Select(r => (r.Start, r.End)));
    }

    [Fact]
    public void Detect_SeedArticle_TouchesNoAnnotatedMention()
    {
        var text = SeedArticle.Text;
        var regions = Detector.Detect(text);

        Assert.All(SeedArticle.Expected.Mentions, m => Assert.DoesNotContain(regions, r => r.Overlaps(m.Start, m.End)));
    }

    [Fact]
    public void Detect_SeedArticle_NamesTheKinds()
    {
        var kinds = Detector.Detect(SeedArticle.Text).Select(r => r.Kind);

        Assert.Equal(
            [BoilerplateKind.Contact, BoilerplateKind.Contact, BoilerplateKind.Contact, BoilerplateKind.Navigation, BoilerplateKind.LanguageSwitcher],
            kinds);
    }

    [Fact]
    public void Detect_ArticleWithNavigationAndFooter_FlagsChromeButNotHeadlineOrBody()
    {
        var text = SeedArticle.Fixture("harbour-strike.txt");

        Assert.Equal(
            [
                "Home", "World", "Business", "Sport",
                "Read more: Shipping rates climb as canals dry up",
                "Share on Facebook Share on Twitter",
                "© 2024 The Northern Ledger. All rights reserved.",
            ],
            FlaggedLines(text));
    }

    [Fact]
    public void Detect_CleanArticle_FlagsNothing() =>
        Assert.Empty(Detector.Detect(SeedArticle.Fixture("central-bank.txt")));

    [Fact]
    public void Detect_ArticleWithCookieBannerAdvertAndAddress_FlagsEachChromeLine()
    {
        var text = SeedArticle.Fixture("stadium-vote.txt");

        Assert.Equal(
            [
                "We use cookies to improve your experience. Accept cookies",
                "Skip to content",
                "Advertisement",
                "Sign up for our newsletter to get the latest local news every morning",
                "Contact us",
                "1 Example Street",
                "Riverton RV1 2AB",
                "fr_FRFrançais",
            ],
            FlaggedLines(text));
    }

    public static TheoryData<string, BoilerplateKind> ChromeLines => new()
    {
        { "Live updates: Follow the latest news on the election", BoilerplateKind.Navigation },
        { "Follow us on Instagram", BoilerplateKind.Navigation },
        { "Subscribe to our daily briefing", BoilerplateKind.Promotion },
        { "Advertisement", BoilerplateKind.Promotion },
        { "Copyright 2023 Example Media Group", BoilerplateKind.Legal },
        { "Home | World | Business | Opinion", BoilerplateKind.Navigation },
        { "de_DEDeutsch", BoilerplateKind.LanguageSwitcher },
    };

    [Theory]
    [MemberData(nameof(ChromeLines))]
    public void Detect_ChromeLineBetweenBodyParagraphs_IsFlaggedWithItsKind(string line, BoilerplateKind kind)
    {
        var text = "A long opening paragraph of the article that tells readers what happened on the day in question.\n"
            + line + "\nA closing paragraph of the article that explains what will happen next and who will decide it.";

        var region = Assert.Single(Detector.Detect(text));

        Assert.Equal((line, kind), (region.GetText(text).ToString(), region.Kind));
    }

    [Theory]
    [InlineData("Follow-up talks are planned for Thursday, officials said.")]
    [InlineData("Subscribers to the service rose by a fifth last year, the company said.")]
    [InlineData("Copyright law was changed by parliament after a long debate on Tuesday.")]
    [InlineData("The office at 12 Harbour Road was closed to visitors during the walkout.")]
    [InlineData("Storm hits the coast")]
    public void Detect_BodyLinesThatStartLikeChrome_AreNotFlagged(string line)
    {
        var text = "A long opening paragraph of the article that tells readers what happened on the day in question.\n"
            + line + "\nA closing paragraph of the article that explains what will happen next and who will decide it.";

        Assert.Empty(Detector.Detect(text));
    }

    [Fact]
    public void Detect_HeadlineAfterLinkList_KeepsHeadline()
    {
        const string text = "News\nSport\nWeather\nFloods close Main Bridge\n\nThe river burst its banks overnight and the bridge was closed by police before dawn.";

        Assert.Equal(["News", "Sport", "Weather"], FlaggedLines(text));
    }

    [Theory]
    [InlineData("Live updates: Leaders meet in Geneva for ceasefire talks")]
    [InlineData("WATCH: Volcano erupts on the island of Tarvo")]
    public void Detect_HeadlinePrefixCueOpeningTheText_IsTheHeadlineNotChrome(string headline)
    {
        var text = headline + "\nThe talks began on Monday morning and officials said they would go on all week long.\n" + headline;

        var region = Assert.Single(Detector.Detect(text));

        Assert.Equal(text.LastIndexOf(headline, StringComparison.Ordinal), region.Start);
    }

    [Fact]
    public void Detect_TranscriptOfShortLowerCaseTurns_IsNotALinkList()
    {
        const string text = "Hello\noh yeah\nyeah\nIrene died\nthat's right\nShe lived in the same street as my mother for more than forty years, you know.";

        Assert.Empty(Detector.Detect(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("One line only")]
    public void Detect_EmptyOrTinyText_FlagsNothing(string text) => Assert.Empty(Detector.Detect(text));

    [Fact]
    public void Detect_AddressLikeHeadline_IsProtectedAsHeadlineCandidate()
    {
        const string text = "10 Downing Street denies report\n\nThe government said on Monday that the report was wrong and that no decision had been made.";

        Assert.Empty(Detector.Detect(text));
    }

    [Fact]
    public void Detect_CrLfLineBreaks_RegionsExcludeTheBreaks()
    {
        const string text = "Physical Address\r\n304 North Cardinal St.\r\n\r\nMayor opens new library\r\nThe body paragraph of the article has more than twelve words in it, as body text does.";

        Assert.Equal(["Physical Address", "304 North Cardinal St."], FlaggedLines(text));
    }
}
