using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using EntityKit.Json;
using EntityKit.Models.English;
using FsCheck;
using FsCheck.Xunit;

namespace EntityKit.Tests.Json;

/// <summary>The library's JSON contract: the record <c>entitykit analyze</c> writes, built, written and read by
/// <see cref="ArticleAnalysisJson"/>.</summary>
public sealed class ArticleAnalysisJsonTests
{
    private static readonly ArticleAnalyzer Analyzer = EnglishArticleAnalyzer.Create();

    private const string Text = "Lloyd Austin visited Baghdad.";

    /// <summary>A hand-built analysis, so the expected JSON does not depend on the model.</summary>
    private static readonly ArticleAnalysis Handmade = new(
        "a1",
        Text,
        [
            new TokenInfo(0, 5, TokenKind.Word), new TokenInfo(6, 6, TokenKind.Word, TokenFlags.SpaceBefore),
            new TokenInfo(13, 7, TokenKind.Word, TokenFlags.SpaceBefore), new TokenInfo(21, 7, TokenKind.Word, TokenFlags.SpaceBefore),
            new TokenInfo(28, 1, TokenKind.Punctuation),
        ],
        [new Sentence(0, 29, 0, 5)],
        [
            new EntityMention(0, 12, "Lloyd Austin", EntityType.Person, 0.973149, 0, 2),
            new EntityMention(21, 28, "Baghdad", EntityType.Gpe, 0.9, 3, 1, MentionSource.Dictionary) { EntryId = "Q1530" },
        ],
        [
            new Entity("Lloyd Austin", EntityType.Person, ["Austin"], [0], 0.812345, ["Defence Secretary"], 0),
            new Entity("Baghdad", EntityType.Gpe, [], [1], 0.5, null, 21),
        ]);

    [Fact]
    public void Serialize_Analysis_WritesTheDocumentedRecordInItsMemberOrder()
    {
        var json = ArticleAnalysisJson.Serialize(Handmade);

        Assert.Equal(
            """{"id":"a1","sentences":[{"start":0,"end":29}],"mentions":[{"start":0,"end":12,"text":"Lloyd Austin","type":"PERSON","confidence":0.9731},{"start":21,"end":28,"text":"Baghdad","type":"GPE","confidence":0.9,"id":"Q1530"}],"entities":[{"name":"Lloyd Austin","type":"PERSON","aliases":["Austin"],"mentions":1,"salience":0.8123,"first":0,"roles":["Defence Secretary"],"mentionIndexes":[0]},{"name":"Baghdad","type":"GPE","aliases":[],"mentions":1,"salience":0.5,"first":21,"mentionIndexes":[1]}],"language":"und","error":null}""",
            json);
    }

    [Fact]
    public void Serialize_WithTokensAndText_AddsThemAndTheArticleMetadataBeforeTheError()
    {
        var article = new Article("a1", Text) { Title = "Visit", Url = "https://news.example/a1", Published = new DateTimeOffset(2024, 1, 31, 10, 0, 0, TimeSpan.Zero) };

        var json = ArticleAnalysisJson.Serialize(Handmade, article, new ArticleAnalysisJsonOptions { IncludeTokens = true, IncludeText = true });

        Assert.EndsWith(
            ""","tokens":[{"start":0,"end":5},{"start":6,"end":12},{"start":13,"end":20},{"start":21,"end":28},{"start":28,"end":29}],"title":"Visit","published":"2024-01-31T10:00:00+00:00","url":"https://news.example/a1","text":"Lloyd Austin visited Baghdad.","boilerplate":[],"error":null}""",
            json);
    }

    [Fact]
    public void Serialize_WithoutIncludeText_LeavesOutTextAndMetadata()
    {
        var article = new Article("a1", Text) { Title = "Visit" };

        var json = ArticleAnalysisJson.Serialize(Handmade, article);

        Assert.DoesNotContain("\"title\"", json);
        Assert.DoesNotContain("\"text\":\"Lloyd Austin visited", json);
        Assert.DoesNotContain("\"boilerplate\"", json);
    }

    [Fact]
    public void Serialize_FailedAnalysis_HasEmptyArraysAndTheErrorButNoText()
    {
        var failed = ArticleAnalysis.Failed("x", "Some text.", new AnalysisError("news.jsonl:3: too long"));

        var json = ArticleAnalysisJson.Serialize(failed, options: new ArticleAnalysisJsonOptions { IncludeText = true });

        Assert.Equal("""{"id":"x","sentences":[],"mentions":[],"entities":[],"error":"news.jsonl:3: too long"}""", json);
    }

    [Fact]
    public void Serialize_NonAsciiText_IsWrittenAsUtf8AndOnlyWhatJsonRequiresIsEscaped()
    {
        const string text = "Zoë met “them” in Zürich\t— \"twice\" \\ 🇫🇷";
        var analysis = Analyzer.Analyze(new Article("z", text));

        var json = ArticleAnalysisJson.Serialize(analysis, options: new ArticleAnalysisJsonOptions { IncludeText = true });

        // Characters outside the Basic Multilingual Plane (the flag) are written as escaped surrogate pairs.
        Assert.Contains("\"text\":\"Zoë met “them” in Zürich\\t— \\\"twice\\\" \\\\ \\uD83C\\uDDEB\\uD83C\\uDDF7\"", json);
    }

    public static TheoryData<string, string, bool, bool> Articles => new()
    {
        { "plain", "US Defence Secretary Lloyd Austin visited Baghdad on Tuesday. Austin met Iraq's Prime Minister Mohammed Shia Al Sudani.", false, false },
        { "tokens", "The city council in Leeds approved a £3.2m budget for new cycle lanes. Work starts in March.", true, false },
        { "text", "Live updates: storm\n\nThe ferry from Portsmouth reached Cherbourg at 9.15am on Tuesday.\n\n© 2024 Coast Gazette", true, true },
        { "empty", "", true, true },
    };

    [Theory]
    [MemberData(nameof(Articles))]
    public void WriteReadWrite_RealAnalysis_IsByteIdentical(string id, string text, bool tokens, bool includeText)
    {
        var article = new Article(id, text) { Title = "A title", Published = new DateTimeOffset(2024, 3, 5, 9, 30, 0, TimeSpan.FromHours(1)) };
        var options = new ArticleAnalysisJsonOptions { IncludeTokens = tokens, IncludeText = includeText };
        var first = ArticleAnalysisJson.Serialize(Analyzer.Analyze(article), article, options);

        var read = ArticleAnalysisJson.Deserialize(first);
        var second = ArticleAnalysisJson.Serialize(read);

        Assert.Equal(first, second);
    }

    [Fact]
    public void WriteReadWrite_HtmlArticle_IsByteIdenticalAndKeepsItsMetadata()
    {
        const string html = """
            <!DOCTYPE html><html><head><title>Budget approved</title>
            <meta property="article:published_time" content="2024-03-05T08:30:00Z">
            <link rel="canonical" href="https://news.example/leeds-budget"></head>
            <body><article><h1>Budget approved</h1>
            <p>The city council in Leeds approved a £3.2m budget for new cycle lanes on Monday, after a long debate.</p>
            <p>Councillor Priya Shah said work would start in March and finish before the end of the year.</p>
            <p>Sign up for our newsletter</p></article></body></html>
            """;
        var article = Article.FromHtml("leeds", html);
        var first = ArticleAnalysisJson.Serialize(Analyzer.Analyze(article), article, new ArticleAnalysisJsonOptions { IncludeText = true });

        var read = ArticleAnalysisJson.Deserialize(Encoding.UTF8.GetBytes(first));

        Assert.Equal(first, ArticleAnalysisJson.Serialize(read));
        Assert.Equal("Budget approved", read.Title);
        Assert.Equal("https://news.example/leeds-budget", read.Url);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 8, 30, 0, TimeSpan.Zero), read.Published);
        Assert.Equal(article.Text, read.Text);
        Assert.Contains(read.Boilerplate!, region => region.Kind == nameof(BoilerplateKind.Promotion));
        Assert.All(read.Mentions, m => Assert.Equal(m.Text, read.Text![m.Start..m.End]));
    }

    [Property(MaxTest = 60)]
    public void WriteReadWrite_AnyText_IsByteIdentical(NonNull<string> generated, bool tokens, bool includeText)
    {
        // Lone surrogates are not text a reader can give (the readers reject them), so they are replaced.
        var text = string.Concat(generated.Get.Select(c => char.IsSurrogate(c) ? '?' : c));
        var options = new ArticleAnalysisJsonOptions { IncludeTokens = tokens, IncludeText = includeText };
        var first = ArticleAnalysisJson.Serialize(Analyzer.Analyze(new Article("p", text)), options: options);

        Assert.Equal(first, ArticleAnalysisJson.Serialize(ArticleAnalysisJson.Deserialize(first)));
    }

    [Fact]
    public void Deserialize_RecordFromANewerVersion_IgnoresUnknownMembers()
    {
        var record = ArticleAnalysisJson.Deserialize(
            """{"id":"a","sentences":[],"mentions":[{"start":0,"end":1,"text":"A","type":"ORG","confidence":1,"sentiment":"x"}],"entities":[],"language":"en","error":null}""");

        Assert.Equal("a", record.Id);
        Assert.Equal("ORG", Assert.Single(record.Mentions).Type);
    }

    [Theory]
    [InlineData("""{"id":"a","sentences":[],"mentions":[],"entities":[]}""", "error")]
    [InlineData("""{"sentences":[],"mentions":[],"entities":[],"error":null}""", "id")]
    [InlineData("""{"id":"a","sentences":[],"mentions":[],"error":null}""", "entities")]
    [InlineData("""{"id":"a","sentences":[],"mentions":[{"start":0,"end":1,"text":"A","type":"ORG"}],"entities":[],"error":null}""", "confidence")]
    [InlineData("""{"id":null,"sentences":[],"mentions":[],"entities":[],"error":null}""", "id")]
    [InlineData("""{"id":"a","sentences":[{"start":"0","end":1}],"mentions":[],"entities":[],"error":null}""", "start")]
    public void Deserialize_RecordMissingOrMistypingAMember_ThrowsJsonExceptionNamingIt(string json, string member)
    {
        var error = Assert.ThrowsAny<JsonException>(() => ArticleAnalysisJson.Deserialize(json));

        Assert.Contains(member, error.Message + error.Path);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("[1,2]")]
    [InlineData("{\"id\":")]
    public void Deserialize_NotARecord_ThrowsJsonException(string json) =>
        Assert.ThrowsAny<JsonException>(() => ArticleAnalysisJson.Deserialize(json));

    [Fact]
    public void ToRecord_RoundsConfidenceAndSalienceToFourDecimals()
    {
        var record = ArticleAnalysisJson.ToRecord(Handmade);

        Assert.Equal(0.9731, record.Mentions[0].Confidence);
        Assert.Equal(0.8123, record.Entities[0].Salience);
        Assert.Null(record.Entities[1].Roles);
        Assert.Equal(ImmutableArray.Create("Defence Secretary"), record.Entities[0].Roles);
    }
}
