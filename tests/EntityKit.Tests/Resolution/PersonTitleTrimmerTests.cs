using EntityKit.Tests.Fakes;

namespace EntityKit.Tests.Resolution;

public class PersonTitleTrimmerTests
{
    public static TheoryData<string, string> Spans => new()
    {
        { "Maj Gen Yahya Rasool", "Yahya Rasool" },
        { "Prime Minister Mohammed Shia Al Sudani", "Mohammed Shia Al Sudani" },
        { "Mr Austin", "Austin" },
        { "Sen. John McCain", "John McCain" },
        { "US Defence Secretary Lloyd Austin", "US Defence Secretary Lloyd Austin" },
        { "Queen Elizabeth", "Queen Elizabeth" },
        { "Pope Francis", "Pope Francis" },
        { "Grand Lodge", "Grand Lodge" },
        { "President", "President" },
        { "President Minister", "President Minister" },
        { "Lloyd Austin", "Lloyd Austin" },
    };

    [Theory]
    [MemberData(nameof(Spans))]
    public void Analyze_PersonSpanStartingWithTitle_LeavesTheTitleOut(string span, string expected)
    {
        var text = $"Yesterday {span} spoke .";

        var mention = Assert.Single(Analyzer(span).Analyze(new Article("a", text)).Mentions);

        Assert.Equal(expected, mention.Text);
        Assert.Equal(mention.Text, text.Substring(mention.Start, mention.Length));
    }

    [Fact]
    public void Analyze_TrimmingOff_KeepsTheRecognizersSpan()
    {
        var analysis = Analyzer("Maj Gen Yahya Rasool", new AnalyzerOptions { TrimPersonTitles = false })
            .Analyze(new Article("a", "Yesterday Maj Gen Yahya Rasool spoke ."));

        Assert.Equal("Maj Gen Yahya Rasool", Assert.Single(analysis.Mentions).Text);
    }

    [Fact]
    public void Analyze_OrganisationStartingWithTitleWord_IsNotTrimmed()
    {
        var split = new WhitespaceTokenizer();
        var analyzer = ArticleAnalyzer.CreateBuilder().WithTokenizer(split).WithSentenceSplitter(split)
            .AddRecognizer(new WordListRecognizer("orgs", EntityType.Organization, "Chief Rabbinate Council")).Build();

        var mention = Assert.Single(analyzer.Analyze(new Article("a", "The Chief Rabbinate Council met .")).Mentions);

        Assert.Equal("Chief Rabbinate Council", mention.Text);
    }

    private static ArticleAnalyzer Analyzer(string phrase, AnalyzerOptions? options = null)
    {
        var split = new WhitespaceTokenizer();
        return ArticleAnalyzer.CreateBuilder().WithTokenizer(split).WithSentenceSplitter(split)
            .WithOptions(options ?? AnalyzerOptions.Default)
            .AddRecognizer(new WordListRecognizer("people", EntityType.Person, phrase)).Build();
    }
}
