namespace EntityKit.Text;

/// <summary>Groups tokens into sentences. Implementations are immutable and thread-safe.</summary>
public interface ISentenceSplitter
{
    /// <summary>Appends the sentences of a tokenized text, in order, to <paramref name="sentences"/>; together they
    /// cover every token exactly once.</summary>
    /// <param name="text">The text the tokens were made from.</param>
    /// <param name="tokens">The tokens.</param>
    /// <param name="sentences">Receives the sentences; existing items are kept.</param>
    void Split(ReadOnlySpan<char> text, ReadOnlySpan<TokenInfo> tokens, List<Sentence> sentences);
}
