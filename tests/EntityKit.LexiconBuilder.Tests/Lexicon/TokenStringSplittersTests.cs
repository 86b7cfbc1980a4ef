using EntityKit.Text;
using EntityKit.Training.Lexicon;

namespace EntityKit.Tests.Lexicon.Training;

public sealed class TokenStringSplittersTests
{
    [Theory]
    [InlineData("Disney's CEO (Bob Iger) said \"no\".")]
    [InlineData("An Iran-backed group won't pay $5,000 in the U.S.")]
    [InlineData("")]
    public void English_Text_YieldsExactlyTheAnalyzerTokenTexts(string text)
    {
        var expected = new EnglishTokenizer().Tokenize(text).Select(t => t.GetText(text).ToString());
        var tokens = new List<string>();

        TokenStringSplitters.English()(text, tokens);

        Assert.Equal(expected, tokens);
    }

    [Fact]
    public void English_CalledTwice_DoesNotCarryTokensOver()
    {
        var splitter = TokenStringSplitters.English();
        var first = new List<string>();
        var second = new List<string>();

        splitter("one two three", first);
        splitter("four", second);

        Assert.Equal(["four"], second);
    }

    [Fact]
    public void PtbLike_Brackets_AreNormalised()
    {
        var tokens = new List<string>();

        TokenStringSplitters.PtbLike()("(Reuters)", tokens);

        Assert.Equal(["-LRB-", "Reuters", "-RRB-"], tokens);
    }
}
