using EntityKit.Articles;
using EntityKit.Recognition;
using EntityKit.Tests.Fakes;

namespace EntityKit.Tests.Articles;

/// <summary>Boilerplate and type consistency as stages of the analyzer.</summary>
public sealed class ArticlePipelineTests
{
    private static ArticleAnalyzer CreateAnalyzer(AnalyzerOptions? options = null, params IMentionRecognizer[] recognizers)
    {
        var split = new WhitespaceTokenizer();
        var builder = ArticleAnalyzer.CreateBuilder().WithTokenizer(split).WithSentenceSplitter(split)
            .WithOptions(options ?? AnalyzerOptions.Default);
        foreach (var recognizer in recognizers)
        {
            builder.AddRecognizer(recognizer);
        }

        return builder.Build();
    }

    /// <summary>Words that occur both in the seed's boilerplate and (some of them) in its body.</summary>
    private static WordListRecognizer ChromeWords() => new(
        "chrome", EntityType.Gpe, "Dorchester", "Center,", "MA", "Cardinal", "Israel-Gaza", "en_USEnglish", "Iraq", "Baghdad,");

    [Fact]
    public void Analyze_SeedWithDetectionOn_NoMentionComesFromBoilerplate()
    {
        var analysis = CreateAnalyzer(null, ChromeWords()).Analyze(new Article("seed", SeedArticle.Text));

        Assert.Equal(SeedArticle.Expected.Boilerplate, analysis.Boilerplate.Select(r => (r.Start, r.End)));
        Assert.NotEmpty(analysis.Mentions);
        Assert.All(analysis.Mentions, m => Assert.False(analysis.IsInBoilerplate(m.Start, m.End), m.Text));
        Assert.DoesNotContain(analysis.Entities, e => e.Name is "Dorchester" or "Cardinal" or "en_USEnglish");
        Assert.Contains(analysis.Entities, e => e.Name == "Iraq");
    }

    [Fact]
    public void Analyze_SeedWithDetectionOff_ChromeMentionsComeBackAndNoRegions()
    {
        var analysis = CreateAnalyzer(new AnalyzerOptions { DetectBoilerplate = false }, ChromeWords())
            .Analyze(new Article("seed", SeedArticle.Text));

        Assert.Empty(analysis.Boilerplate);
        Assert.Contains(analysis.Mentions, m => m.Text == "Dorchester");
        Assert.Contains(analysis.Mentions, m => m.Text == "en_USEnglish");
    }

    [Fact]
    public void Analyze_SeedWithDetectionOn_TokensAndSentencesUnchanged()
    {
        var on = CreateAnalyzer(null, ChromeWords()).Analyze(new Article("seed", SeedArticle.Text));
        var off = CreateAnalyzer(new AnalyzerOptions { DetectBoilerplate = false }, ChromeWords()).Analyze(new Article("seed", SeedArticle.Text));

        Assert.Equal(off.Tokens.AsEnumerable(), on.Tokens.AsEnumerable());
        Assert.Equal(off.Sentences.AsEnumerable(), on.Sentences.AsEnumerable());
    }

    [Fact]
    public void Analyze_SpanCrossingIntoBoilerplate_IsDroppedSoALaterLayerCanTakeTheBodyPart()
    {
        const string text = "Advertisement\nIraq said the strikes were a violation of its sovereignty and would be answered.";
        var analyzer = CreateAnalyzer(
            null,
            new WordListRecognizer("greedy", EntityType.Organization, "Advertisement Iraq"),
            new WordListRecognizer("places", EntityType.Gpe, "Iraq"));

        var mention = Assert.Single(analyzer.Analyze(new Article("a", text)).Mentions);

        Assert.Equal(("Iraq", EntityType.Gpe), (mention.Text, mention.Type));
    }

    [Fact]
    public void Analyze_TypeConsistencyOn_RetypesTheOddMentionOut()
    {
        const string text = "Lloyd Austin arrived . Later Mr Austin spoke .";
        var analyzer = CreateAnalyzer(
            null,
            new WordListRecognizer("people", EntityType.Person, "Lloyd Austin") { Source = MentionSource.Model },
            new WordListRecognizer("places", EntityType.Gpe, "Austin") { Source = MentionSource.Model });

        var analysis = analyzer.Analyze(new Article("a", text));

        Assert.All(analysis.Mentions, m => Assert.Equal(EntityType.Person, m.Type));
        Assert.Equal(MentionSource.Correction, analysis.Mentions[1].Source);
        var entity = Assert.Single(analysis.Entities);
        Assert.Equal(("Lloyd Austin", 2), (entity.Name, entity.MentionCount));
    }

    [Fact]
    public void Analyze_TypeConsistencyOn_KeepsWhatDictionariesAsserted()
    {
        const string text = "Lloyd Austin arrived . Later Mr Austin spoke .";
        var analyzer = CreateAnalyzer(
            null,
            new WordListRecognizer("people", EntityType.Person, "Lloyd Austin"),
            new WordListRecognizer("places", EntityType.Gpe, "Austin"));

        var analysis = analyzer.Analyze(new Article("a", text));

        Assert.Equal([EntityType.Person, EntityType.Gpe], analysis.Mentions.Select(m => m.Type));
        Assert.All(analysis.Mentions, m => Assert.Equal(MentionSource.Dictionary, m.Source));
    }

    [Fact]
    public void Analyze_TypeConsistencyOff_KeepsRecognizerTypesAndSplitsEntities()
    {
        const string text = "Lloyd Austin arrived . Later Mr Austin spoke .";
        var analyzer = CreateAnalyzer(
            new AnalyzerOptions { EnforceTypeConsistency = false },
            new WordListRecognizer("people", EntityType.Person, "Lloyd Austin"),
            new WordListRecognizer("places", EntityType.Gpe, "Austin"));

        var analysis = analyzer.Analyze(new Article("a", text));

        Assert.Equal(EntityType.Gpe, analysis.Mentions[1].Type);
        Assert.Equal(2, analysis.Entities.Length);
    }

    [Fact]
    public void Analyze_WithTitle_ResolverSeesTheHeadline()
    {
        const string text = "Officials in Norburg met . Officials in Ostrava met .";
        var analyzer = CreateAnalyzer(null, new WordListRecognizer("places", EntityType.Gpe, "Norburg", "Ostrava"));

        var analysis = analyzer.Analyze(new Article("a", text) { Title = "Ostrava hosts talks" });

        Assert.Equal("Ostrava", analysis.Entities[0].Name);
    }

    [Fact]
    public void Analyze_CustomBoilerplateDetector_IsUsed()
    {
        const string text = "Iraq said the strikes were a violation of its sovereignty and would be answered in time.";
        var analyzer = ArticleAnalyzer.CreateBuilder()
            .WithTokenizer(new WhitespaceTokenizer()).WithSentenceSplitter(new WhitespaceTokenizer())
            .WithBoilerplateDetector(new FirstWordIsChrome())
            .AddRecognizer(new WordListRecognizer("places", EntityType.Gpe, "Iraq")).Build();

        var analysis = analyzer.Analyze(new Article("a", text));

        Assert.Empty(analysis.Mentions);
        Assert.Equal(new TextRegion(0, 4, BoilerplateKind.Navigation), Assert.Single(analysis.Boilerplate));
    }

    [Fact]
    public void ArticleAnalysis_OverlappingBoilerplateRegions_AreRejected() =>
        Assert.Throws<ArgumentException>(() => new ArticleAnalysis(
            "a", "Home World", [], [], [], [], [new TextRegion(0, 6, BoilerplateKind.Navigation), new TextRegion(5, 10, BoilerplateKind.Navigation)]));

    private sealed class FirstWordIsChrome : IBoilerplateDetector
    {
        public void Detect(ReadOnlySpan<char> text, List<TextRegion> regions) =>
            regions.Add(new TextRegion(0, text.IndexOf(' '), BoilerplateKind.Navigation));
    }
}
