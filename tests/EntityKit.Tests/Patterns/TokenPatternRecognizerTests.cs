using EntityKit.Dictionaries;
using EntityKit.Patterns;
using EntityKit.Tests.Dictionaries;

namespace EntityKit.Tests.Patterns;

public sealed class TokenPatternRecognizerTests
{
    private static readonly EntityType Ticker = EntityType.FromName("TICKER");
    private static readonly EntityType Unit = EntityType.FromName("MILITARY_UNIT");

    private static string[] Match(string text, params TokenPattern[] patterns) =>
        Layers.Labels(Layers.Analyze(text, new TokenPatternRecognizer(patterns)));

    private static TokenPattern Cashtag() => TokenPattern.Create("cashtag", Ticker)
        .One(TokenPredicate.Text("$"))
        .One(TokenPredicate.All(TokenPredicate.Regex("[A-Z]{1,5}"), TokenPredicate.SpaceBefore(false)))
        .Build();

    private static TokenPattern ExchangeTicker() => TokenPattern.Create("exchange", Ticker)
        .One(TokenPredicate.Regex("NYSE|NASDAQ|LSE"))
        .One(TokenPredicate.Text(":"))
        .One(TokenPredicate.Regex("[A-Z]{1,5}"))
        .Build();

    [Fact]
    public void Recognize_TickerPatterns_FindCashtagsAndExchangeListings()
    {
        Assert.Equal(
            ["$AAPL/TICKER", "NYSE: IBM/TICKER"],
            Match("Buy $AAPL, not $ 5 or $aapl, and NYSE: IBM today.", Cashtag(), ExchangeTicker()));
    }

    [Fact]
    public void Recognize_OptionalAndRepeatedUnits_MatchMilitaryUnitNames()
    {
        var pattern = TokenPattern.Create("division", Unit)
            .One(TokenPredicate.Regex(@"\d+(st|nd|rd|th)"))
            .OneOrMore(TokenPredicate.Shape("Xxxxx"))
            .Optional(TokenPredicate.Regex("Division|Brigade|Regiment"))
            .Build();
        Assert.Equal(
            ["82nd Airborne Division/MILITARY_UNIT", "1st Cavalry/MILITARY_UNIT"],
            Match("The 82nd Airborne Division and the 1st Cavalry moved; 3rd place.", pattern));
    }

    [Theory]
    [InlineData("The court heard Case No. 7 yesterday.", "Case No. 7")]
    [InlineData("It was filed as case No. 1:23-cv-04567 today.", "case No. 1:23-cv-04567")]
    public void Recognize_ZeroOrMoreUnit_MatchesZeroAndManyTokens(string text, string expected)
    {
        var pattern = TokenPattern.Create("case", EntityType.FromName("CASE"))
            .One(TokenPredicate.TextIgnoreCase("case"))
            .One(TokenPredicate.Text("No."))
            .Optional(TokenPredicate.Kind(TokenKind.Number))
            .ZeroOrMore(TokenPredicate.All(TokenPredicate.SpaceBefore(false), TokenPredicate.Regex(@"[\w:-]+")))
            .Build();
        Assert.Equal([$"{expected}/CASE"], Match(text, pattern));
    }

    public static TheoryData<string, string, bool> ShapeCases => new()
    {
        { "Xxxxx", "Washington", true },
        { "Xxxxx", "Apple", true },
        { "Xxxx", "Apple", false },
        { "XXXX", "AAPL", true },
        { "dddd", "2024", true },
        { "dddd", "123456", true },
        { "ddxx", "82nd", true },
        { "d.d", "3.5", true },
        { "Xx", "Al", true },
        { "Xx", "Alb", false },
    };

    [Theory]
    [MemberData(nameof(ShapeCases))]
    public void Shape_TokenShape_MatchesSpacyStyleShape(string shape, string token, bool matches)
    {
        var pattern = TokenPattern.Create("shape", EntityType.Product).One(TokenPredicate.Shape(shape)).Build();
        Assert.Equal(matches ? [$"{token}/PRODUCT"] : [], Match(token, pattern));
    }

    [Fact]
    public void Recognize_KindPredicate_MatchesTokenKind()
    {
        var pattern = TokenPattern.Create("numbers", EntityType.Cardinal).OneOrMore(TokenPredicate.Kind(TokenKind.Number)).Build();
        Assert.Equal(["1,200/CARDINAL", "3.5/CARDINAL"], Match("About 1,200 people, 3.5 each.", pattern));
    }

    [Fact]
    public void Recognize_OverlappingPatterns_LongestWinsAndTieGoesToFirstDeclared()
    {
        var shortPattern = TokenPattern.Create("one", EntityType.Organization).One(TokenPredicate.Text("Acme")).Build();
        var longPattern = TokenPattern.Create("two", EntityType.Product).One(TokenPredicate.Text("Acme")).One(TokenPredicate.Text("Rocket")).Build();
        var tie = TokenPattern.Create("tie", EntityType.Event).One(TokenPredicate.Text("Acme")).Build();
        Assert.Equal(["Acme Rocket/PRODUCT", "Acme/ORG"], Match("Acme Rocket by Acme.", shortPattern, longPattern, tie));
    }

    [Fact]
    public void Recognize_InMentionContext_FindsTickerAfterOrganizationOfEarlierLayer()
    {
        var organizations = EntityDictionary.CreateBuilder().Add("Apple", EntityType.Organization).Build();
        var tickerAfterOrg = new TokenPatternRecognizer([TokenPattern.Create("ticker-after-org", Ticker)
            .Context(TokenPredicate.InMention(EntityType.Organization))
            .Context(TokenPredicate.Text("("))
            .One(TokenPredicate.Regex("[A-Z]{1,5}"))
            .Context(TokenPredicate.Text(")"))
            .Build()]);
        const string text = "Apple (AAPL) rose; Pear (PEAR) fell.";

        Assert.Equal(["Apple/ORG", "AAPL/TICKER"], Layers.Labels(Layers.Analyze(text, organizations, tickerAfterOrg)));
        Assert.Equal(["Apple/ORG"], Layers.Labels(Layers.Analyze(text, tickerAfterOrg, organizations)));
    }

    [Fact]
    public void Build_ContextBetweenMentionUnits_Throws()
    {
        var builder = TokenPattern.Create("bad", EntityType.Event).One(TokenPredicate.Any).Context(TokenPredicate.Any).One(TokenPredicate.Any);
        Assert.Throws<InvalidOperationException>(builder.Build);
    }

    [Fact]
    public void Recognize_NestedRepeatsOnLongSentence_FinishesWithBoundedWork()
    {
        var pathological = TokenPattern.Create("any", EntityType.Event)
            .ZeroOrMore(TokenPredicate.Any).ZeroOrMore(TokenPredicate.Any).ZeroOrMore(TokenPredicate.Any)
            .One(TokenPredicate.Text("never"))
            .Build();
        var text = string.Join(' ', Enumerable.Repeat("word", 20_000));
        Assert.Empty(Match(text, pathological));
    }

    [Fact]
    public void Build_AllUnitsOptional_Throws()
    {
        var builder = TokenPattern.Create("empty", EntityType.Event).Optional(TokenPredicate.Any).ZeroOrMore(TokenPredicate.Any);
        Assert.Throws<InvalidOperationException>(builder.Build);
    }

    [Fact]
    public void Regex_InvalidExpression_Throws() => Assert.ThrowsAny<ArgumentException>(() => TokenPredicate.Regex("(unclosed"));
}
