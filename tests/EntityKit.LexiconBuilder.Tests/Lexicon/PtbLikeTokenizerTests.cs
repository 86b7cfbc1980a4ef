using EntityKit.Training.Lexicon;

namespace EntityKit.Tests.Lexicon.Training;

public sealed class PtbLikeTokenizerTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "Disney's CEO said it.", "Disney 's CEO said it ." },
        { "They don't know", "They do n't know" },
        { "an Iran-backed group", "an Iran - backed group" },
        { "(Reuters) - Oil rose 5%", "-LRB- Reuters -RRB- - Oil rose 5 %" },
        { "\"Hello,\" she said", "`` Hello , '' she said" },
        { "“Curly” quotes and it’s fine", "`` Curly '' quotes and it 's fine" },
        { "Mr. Smith of the U.S. left.", "Mr. Smith of the U.S. left ." },
        { "paid $5 for 7,000 items", "paid $ 5 for 7,000 items" },
        { "Tyre Nichols' death", "Tyre Nichols ' death" },
        { "J. R. R. Tolkien", "J. R. R. Tolkien" },
        { "wait...", "wait ..." },
        { "Already , tokenised '' text .", "Already , tokenised '' text ." },
        { "He 's here", "He 's here" },
        { "[sic] {x}", "-LSB- sic -RSB- -LCB- x -RCB-" },
        { "Really?!", "Really ? !" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Tokenize_Text_ApproximatesPennTreebankTokens(string text, string expected)
    {
        Assert.Equal(expected, string.Join(' ', PtbLikeTokenizer.Tokenize(text)));
    }
}
