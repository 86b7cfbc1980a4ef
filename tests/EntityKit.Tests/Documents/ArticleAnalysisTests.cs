using System.Collections.Immutable;

namespace EntityKit.Tests.Documents;

public sealed class ArticleAnalysisTests
{
    private const string Text = "Lloyd Austin visited Baghdad.";

    private static readonly ImmutableArray<TokenInfo> Tokens =
    [
        new(0, 5, TokenKind.Word), new(6, 6, TokenKind.Word, TokenFlags.SpaceBefore), new(13, 7, TokenKind.Word, TokenFlags.SpaceBefore),
        new(21, 7, TokenKind.Word, TokenFlags.SpaceBefore), new(28, 1, TokenKind.Punctuation),
    ];

    [Fact]
    public void Constructor_ConsistentParts_ExposesThem()
    {
        var analysis = new ArticleAnalysis(
            "a", Text, Tokens, [new Sentence(0, 29, 0, 5)],
            [new EntityMention(0, 12, "Lloyd Austin", EntityType.Person, 0.9, 0, 2)], []);

        Assert.True(analysis.Succeeded);
        Assert.Equal("Baghdad", analysis.GetTokenText(3).ToString());
        Assert.Equal(Text, analysis.GetSentenceText(0).ToString());
    }

    [Fact]
    public void Constructor_MentionTextDiffersFromText_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new ArticleAnalysis(
            "a", Text, Tokens, [], [new EntityMention(0, 12, "Lloyd Austen", EntityType.Person, 0.9, 0, 2)], []));
        Assert.Equal("mentions", error.ParamName);
    }

    [Fact]
    public void Constructor_OverlappingMentions_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new ArticleAnalysis(
            "a", Text, Tokens, [],
            [
                new EntityMention(0, 12, "Lloyd Austin", EntityType.Person, 0.9, 0, 2),
                new EntityMention(6, 12, "Austin", EntityType.Person, 0.9, 1, 1),
            ],
            []));
        Assert.Contains("overlaps", error.Message);
    }

    [Fact]
    public void Constructor_SentencesNotCoveringAllTokens_Throws() =>
        Assert.Throws<ArgumentException>(() => new ArticleAnalysis("a", Text, Tokens, [new Sentence(0, 20, 0, 3)], [], []));

    [Fact]
    public void Constructor_TokenOutsideText_Throws() =>
        Assert.Throws<ArgumentException>(() => new ArticleAnalysis("a", "short", [new TokenInfo(3, 5, TokenKind.Word)], [], [], []));

    [Fact]
    public void Failed_CarriesErrorAndIsEmpty()
    {
        var failed = ArticleAnalysis.Failed("a", Text, new AnalysisError("boom", "System.Exception"));
        Assert.False(failed.Succeeded);
        Assert.Equal("System.Exception: boom", failed.Error!.ToString());
        Assert.Empty(failed.Tokens);
        Assert.Empty(failed.Mentions);
    }
    [Fact]
    public void ToString_AnalysedArticle_GivesIdCountsAndTheTopEntities()
    {
        var analysis = new ArticleAnalysis(
            "a", Text, Tokens, [new Sentence(0, 29, 0, 5)],
            [
                new EntityMention(0, 12, "Lloyd Austin", EntityType.Person, 0.9, 0, 2),
                new EntityMention(21, 28, "Baghdad", EntityType.Gpe, 0.9, 3, 1),
            ],
            [
                new Entity("Lloyd Austin", EntityType.Person, [], [0], 0.8),
                new Entity("Baghdad", EntityType.Gpe, [], [1], 0.5),
            ]);

        Assert.Equal(
            "ArticleAnalysis a: 1 sentence, 5 tokens, 2 mentions, 2 entities; top: Lloyd Austin (PERSON), Baghdad (GPE)",
            analysis.ToString());
    }

    [Fact]
    public void ToString_ManyEntities_NamesOnlyTheThreeMostSalient()
    {
        const string text = "Ann Bob Cid Dan";
        var analysis = new ArticleAnalysis(
            "many", text,
            [new(0, 3, TokenKind.Word), new(4, 3, TokenKind.Word, TokenFlags.SpaceBefore), new(8, 3, TokenKind.Word, TokenFlags.SpaceBefore), new(12, 3, TokenKind.Word, TokenFlags.SpaceBefore)],
            [new Sentence(0, 15, 0, 4)],
            [
                new EntityMention(0, 3, "Ann", EntityType.Person, 0.9, 0, 1), new EntityMention(4, 7, "Bob", EntityType.Person, 0.9, 1, 1),
                new EntityMention(8, 11, "Cid", EntityType.Person, 0.9, 2, 1), new EntityMention(12, 15, "Dan", EntityType.Person, 0.9, 3, 1),
            ],
            [
                new Entity("Ann", EntityType.Person, [], [0], 0.9), new Entity("Bob", EntityType.Person, [], [1], 0.8),
                new Entity("Cid", EntityType.Person, [], [2], 0.7), new Entity("Dan", EntityType.Person, [], [3], 0.6),
            ]);

        Assert.Equal(
            "ArticleAnalysis many: 1 sentence, 4 tokens, 4 mentions, 4 entities; top: Ann (PERSON), Bob (PERSON), Cid (PERSON)",
            analysis.ToString());
    }

    [Fact]
    public void ToString_EmptyAnalysis_GivesZeroCountsAndNoTop() =>
        Assert.Equal("ArticleAnalysis e: 0 sentences, 0 tokens, 0 mentions, 0 entities", new ArticleAnalysis("e", "", [], [], [], []).ToString());

    [Fact]
    public void ToString_FailedAnalysis_GivesIdAndError() =>
        Assert.Equal(
            "ArticleAnalysis a: failed: news.jsonl:3: too long",
            ArticleAnalysis.Failed("a", Text, new AnalysisError("news.jsonl:3: too long")).ToString());
}
