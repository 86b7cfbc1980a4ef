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
}
