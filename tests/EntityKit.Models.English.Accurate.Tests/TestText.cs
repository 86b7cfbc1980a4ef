using EntityKit.Text;

namespace EntityKit.Models.English.Accurate.Tests;

/// <summary>Text as the English pipeline cuts it: tokens, then sentences.</summary>
internal static class TestText
{
    public static (TokenInfo[] Tokens, Sentence[] Sentences) Tokenize(string text)
    {
        var tokens = new List<TokenInfo>();
        new EnglishTokenizer().Tokenize(text, tokens);
        var sentences = new List<Sentence>();
        new SentenceSplitter().Split(text, tokens.ToArray(), sentences);
        return (tokens.ToArray(), sentences.ToArray());
    }
}
