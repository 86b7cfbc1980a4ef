using EntityKit.Tests.Fakes;

namespace EntityKit.Tests.Pipeline;

public sealed class ArticleAnalyzerTests
{
    private static ArticleAnalyzer CreateAnalyzer(params EntityKit.Recognition.IMentionRecognizer[] recognizers)
    {
        var split = new WhitespaceTokenizer();
        var builder = ArticleAnalyzer.CreateBuilder().WithTokenizer(split).WithSentenceSplitter(split);
        foreach (var recognizer in recognizers)
        {
            builder.AddRecognizer(recognizer);
        }

        return builder.Build();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    public void Analyze_EmptyOrWhitespaceText_ReturnsEmptyAnalysis(string text)
    {
        var analysis = CreateAnalyzer().Analyze(new Article("a", text));
        Assert.True(analysis.Succeeded);
        Assert.Empty(analysis.Tokens);
        Assert.Empty(analysis.Sentences);
        Assert.Empty(analysis.Mentions);
    }

    [Fact]
    public void Analyze_NullArticle_ThrowsNamingArticle() =>
        Assert.Equal("article", Assert.Throws<ArgumentNullException>(() => CreateAnalyzer().Analyze(null!)).ParamName);

    [Fact]
    public void Analyze_TextLongerThanMaximum_ThrowsArticleTooLong()
    {
        var analyzer = ArticleAnalyzer.CreateBuilder()
            .WithTokenizer(new WhitespaceTokenizer()).WithSentenceSplitter(new WhitespaceTokenizer())
            .WithOptions(new AnalyzerOptions { MaxArticleLength = 10 }).Build();
        var error = Assert.Throws<ArticleTooLongException>(() => analyzer.Analyze(new Article("long-one", new string('a', 11))));
        Assert.Contains("long-one", error.Message);
        Assert.Equal(11, error.Length);
    }

    [Fact]
    public void Analyze_RecognizerSpans_BecomeMentionsWithExactOffsets()
    {
        const string text = "Yesterday  Lloyd Austin met\nleaders in Baghdad .";
        var analysis = CreateAnalyzer(
            new WordListRecognizer("people", EntityType.Person, "Lloyd Austin"),
            new WordListRecognizer("places", EntityType.Gpe, "Baghdad")).Analyze(new Article("a", text));

        Assert.Equal(["Lloyd Austin", "Baghdad"], analysis.Mentions.Select(m => m.Text));
        Assert.All(analysis.Mentions, m => Assert.Equal(m.Text, text.Substring(m.Start, m.Length)));
        Assert.Equal(2, analysis.Sentences.Length);
        Assert.Equal(MentionSource.Dictionary, analysis.Mentions[0].Source);
    }

    [Fact]
    public void Analyze_OverlappingLayers_EarlierLayerWins()
    {
        var analysis = CreateAnalyzer(
            new WordListRecognizer("first", EntityType.Organization, "Central Command"),
            new WordListRecognizer("second", EntityType.Gpe, "Command")).Analyze(new Article("a", "US Central Command said"));

        var mention = Assert.Single(analysis.Mentions);
        Assert.Equal(("Central Command", EntityType.Organization), (mention.Text, mention.Type));
    }

    [Fact]
    public void Analyze_SameNameTwice_GroupsIntoOneEntity()
    {
        var analysis = CreateAnalyzer(new WordListRecognizer("places", EntityType.Gpe, "Iraq", "Syria"))
            .Analyze(new Article("a", "Iraq and Syria . Iraq again"));

        Assert.Equal(3, analysis.Mentions.Length);
        var iraq = analysis.Entities[0];
        Assert.Equal(("Iraq", 2), (iraq.Name, iraq.MentionCount));
        Assert.True(iraq.Salience > analysis.Entities[1].Salience);
    }

    [Fact]
    public void Analyze_CancelledToken_Throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.Throws<OperationCanceledException>(() => CreateAnalyzer().Analyze(new Article("a", "text"), cts.Token));
    }
}
