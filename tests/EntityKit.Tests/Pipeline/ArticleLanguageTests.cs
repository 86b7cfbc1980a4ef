using EntityKit.Models.English;

namespace EntityKit.Tests.Pipeline;

public sealed class ArticleLanguageTests
{
    private const string GermanArticle =
        "Die Bundesregierung hat am Dienstag ein neues Gesetz beschlossen. Der Krieg in der Ukraine habe die Lage verändert, " +
        "sagte der Minister in Berlin.";

    private static readonly ArticleAnalyzer English = EnglishArticleAnalyzer.Create();

    [Fact]
    public void Analyze_GermanArticle_FindsNoEnglishModelMentionsAndSaysWhy()
    {
        var analysis = English.Analyze(new Article("de-1", GermanArticle));

        Assert.Equal("de", analysis.Language);
        Assert.True(analysis.RecognitionSkipped);
        Assert.Empty(analysis.Mentions);
        Assert.Empty(analysis.Entities);
        Assert.NotEmpty(analysis.Tokens);
    }

    [Fact]
    public void Analyze_GermanArticleWithLanguageForcedToEnglish_IsRecognised()
    {
        var analyzer = EnglishArticleAnalyzer.Create(new AnalyzerOptions { Language = "en" });

        var analysis = analyzer.Analyze(new Article("de-1", GermanArticle));

        Assert.Equal("en", analysis.Language);
        Assert.False(analysis.RecognitionSkipped);
        Assert.NotEmpty(analysis.Mentions);
    }

    [Fact]
    public void Analyze_EnglishArticle_IsEnglishAndRecognised()
    {
        var analysis = English.Analyze(new Article("en-1", "The European Commission fined Google on Tuesday, officials in Brussels said."));

        Assert.Equal("en", analysis.Language);
        Assert.False(analysis.RecognitionSkipped);
        Assert.Contains(analysis.Mentions, m => m.Text == "Brussels");
    }

    [Fact]
    public void Analyze_AnalyzerWithoutRecognizerLanguage_RecognisesEveryLanguage()
    {
        var analyzer = EnglishArticleAnalyzer.CreateBuilder().Build();
        var languageNeutral = ArticleAnalyzer.CreateBuilder().AddRecognizer(analyzer.Recognizers[^1]).Build();

        var analysis = languageNeutral.Analyze(new Article("de-1", GermanArticle));

        Assert.Equal("de", analysis.Language);
        Assert.False(analysis.RecognitionSkipped);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Language_Blank_IsRejected(string language)
    {
        Assert.ThrowsAny<ArgumentException>(() => new AnalyzerOptions { Language = language });
    }
}
