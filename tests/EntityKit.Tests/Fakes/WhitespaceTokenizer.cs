using EntityKit.Text;

namespace EntityKit.Tests.Fakes;

/// <summary>A test double: splits on whitespace only, one sentence per line.</summary>
internal sealed class WhitespaceTokenizer : ITokenizer, ISentenceSplitter
{
    /// <summary>The tokens and sentences of a text in one call.</summary>
    public static (TokenInfo[] Tokens, Sentence[] Sentences) TokenizeAndSplit(string text)
    {
        var splitter = new WhitespaceTokenizer();
        var tokens = new List<TokenInfo>();
        var sentences = new List<Sentence>();
        splitter.Tokenize(text, tokens);
        splitter.Split(text, tokens.ToArray(), sentences);
        return ([.. tokens], [.. sentences]);
    }

    public void Tokenize(ReadOnlySpan<char> text, List<TokenInfo> tokens)
    {
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var flags = i > start ? TokenFlags.SpaceBefore : TokenFlags.None;
            if (text[start..i].Contains('\n'))
            {
                flags |= TokenFlags.LineBreakBefore;
            }

            var tokenStart = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i > tokenStart)
            {
                tokens.Add(new TokenInfo(tokenStart, i - tokenStart, TokenKind.Word, flags));
            }
        }
    }

    public void Split(ReadOnlySpan<char> text, ReadOnlySpan<TokenInfo> tokens, List<Sentence> sentences)
    {
        var first = 0;
        for (var i = 1; i <= tokens.Length; i++)
        {
            if (i == tokens.Length || (tokens[i].Flags & TokenFlags.LineBreakBefore) != 0)
            {
                sentences.Add(new Sentence(tokens[first].Start, tokens[i - 1].End, first, i - first));
                first = i;
            }
        }
    }
}
