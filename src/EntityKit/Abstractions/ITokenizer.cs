namespace EntityKit.Text;

/// <summary>
/// Splits text into tokens without copying it: each token is a range of the original text.
/// Implementations are immutable and thread-safe.
/// </summary>
public interface ITokenizer
{
    /// <summary>Appends the tokens of <paramref name="text"/>, in order, to <paramref name="tokens"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="tokens">Receives the tokens; existing items are kept. Reusing one list allocates nothing per token.</param>
    void Tokenize(ReadOnlySpan<char> text, List<TokenInfo> tokens);
}
