using EntityKit.Languages;
using EntityKit.Text;

namespace EntityKit.Tests.Languages;

public sealed class LanguageIdentifierTests
{
    private static LanguageIdentification Identify(string text)
    {
        var tokens = new List<TokenInfo>();
        new EnglishTokenizer().Tokenize(text, tokens);
        return LanguageIdentifier.Default.Identify(text, tokens.ToArray());
    }

    [Theory]
    [MemberData(nameof(EnglishSamples))]
    public void Identify_OrdinaryEnglishNews_IsNeverCalledAnotherLanguage(string text)
    {
        var language = Identify(text);

        Assert.False(language.IsKnownAndNot("en"), $"'{text}' was identified as {language.Code}");
    }

    [Theory]
    [MemberData(nameof(ForeignSamples))]
    public void Identify_NewsInAnotherLanguage_NamesThatLanguage(string code, string text)
    {
        Assert.Equal(code, Identify(text).Code);
    }

    [Fact]
    public void Identify_EnglishParagraph_IsEnglish()
    {
        var language = Identify("The government said on Tuesday that it would not raise taxes, and the opposition was quick to say that it had heard this before.");

        Assert.Equal("en", language.Code);
        Assert.True(language.Evidence >= LanguageIdentifier.MinimumEvidence);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Biden wins")]
    [InlineData("Apple, Microsoft, Alphabet")]
    [InlineData("12:30 — 4-2")]
    public void Identify_TooLittleEvidence_IsUndetermined(string text)
    {
        Assert.Equal(LanguageIdentification.Undetermined, Identify(text).Code);
    }

    [Fact]
    public void Identify_EnglishArticleQuotingAGermanPhrase_StaysEnglish()
    {
        const string text = "The chancellor's motto, \"Wir schaffen das\", was repeated by the crowd, and the police said that the march " +
            "through the city was peaceful. Officials said they had expected more people in the square.";

        Assert.Equal("en", Identify(text).Code);
    }

    public static TheoryData<string> EnglishSamples() => LanguageSamples.English();

    public static TheoryData<string, string> ForeignSamples() => LanguageSamples.Foreign();
}
