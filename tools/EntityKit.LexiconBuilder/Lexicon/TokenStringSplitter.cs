using EntityKit.Text;

namespace EntityKit.Training.Lexicon;

/// <summary>Appends the token strings of <paramref name="text"/> to <paramref name="tokens"/>; how lexicon builders tokenise.</summary>
/// <param name="text">The text.</param>
/// <param name="tokens">Receives the tokens.</param>
public delegate void TokenStringSplitter(string text, List<string> tokens);

/// <summary>The tokenisations lexicon artifacts can be keyed by.</summary>
public static class TokenStringSplitters
{
    /// <summary>
    /// The analyzer's own tokenizer (<see cref="EnglishTokenizer"/>): token strings exactly as the recognizer will see
    /// them at run time. The default for the shipped artifacts.
    /// </summary>
    public static TokenStringSplitter English() => FromTokenizer(new EnglishTokenizer());

    /// <summary>The offline Penn-Treebank approximation (<see cref="PtbLikeTokenizer"/>), which normalises brackets and quotes.</summary>
    public static TokenStringSplitter PtbLike() => (text, tokens) => PtbLikeTokenizer.Tokenize(text, tokens);

    /// <summary>Wraps a tokenizer; the returned splitter reuses one buffer, so use it from one thread at a time.</summary>
    /// <param name="tokenizer">The tokenizer.</param>
    public static TokenStringSplitter FromTokenizer(ITokenizer tokenizer)
    {
        ArgumentNullException.ThrowIfNull(tokenizer);
        var buffer = new List<TokenInfo>(256);
        return (text, tokens) =>
        {
            buffer.Clear();
            tokenizer.Tokenize(text, buffer);
            foreach (var token in buffer)
            {
                tokens.Add(text.Substring(token.Start, token.Length));
            }
        };
    }
}
