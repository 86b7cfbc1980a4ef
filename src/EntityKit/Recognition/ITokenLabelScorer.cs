namespace EntityKit.Recognition;

/// <summary>
/// A model outside the core (a fine-tuned encoder run through ONNX Runtime, say) that scores every token of a text
/// over a <see cref="BilouLabelSet"/>'s labels. <see cref="TokenScoreRecognizer"/> decodes the scores with the
/// core's constrained BILOU Viterbi, alone or added to a <see cref="NerModel"/>'s own scores. Implementations are
/// immutable and thread-safe.
/// </summary>
public interface ITokenLabelScorer
{
    /// <summary>The labels scored, in the order of each token's row of scores.</summary>
    BilouLabelSet Labels { get; }

    /// <summary>
    /// Writes the unnormalised log-scores (logits) of every label for every token of <paramref name="sentences"/>:
    /// row <c>t</c> of <paramref name="scores"/> (<c>scores[t × Labels.Count ..]</c>) belongs to token <c>t</c>.
    /// </summary>
    /// <param name="text">The original text.</param>
    /// <param name="tokens">Its tokens.</param>
    /// <param name="sentences">The sentences to score; they cover every token once, in order.</param>
    /// <param name="scores">Receives <c>tokens.Length × Labels.Count</c> scores.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    void ScoreTokens(
        ReadOnlySpan<char> text, ReadOnlySpan<TokenInfo> tokens, ReadOnlySpan<Sentence> sentences, Span<float> scores,
        CancellationToken cancellationToken);
}
