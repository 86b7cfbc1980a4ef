using EntityKit.Recognition;

namespace EntityKit.Models.English;

/// <summary>
/// A recognizer layer made of one hand-written rule that looks at a few tokens at a time, within a sentence, left to
/// right: where the rule matches, it adds a mention and the scan resumes after the tokens it consumed.
/// </summary>
/// <remarks>Subclasses are stateless, so the layer is thread-safe; nothing is allocated per token.</remarks>
public abstract class TokenRuleRecognizer : IMentionRecognizer
{
    /// <inheritdoc/>
    public abstract string Name { get; }

    /// <inheritdoc/>
    public MentionSource Source => MentionSource.Pattern;

    /// <inheritdoc/>
    public void Recognize(in RecognitionInput input, List<RecognizedSpan> mentions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var text = input.Text;
        var tokens = input.Tokens;
        foreach (var sentence in input.Sentences)
        {
            var i = sentence.FirstToken;
            while (i < sentence.EndToken)
            {
                i += Math.Max(1, Match(text, tokens, i, sentence.EndToken, mentions));
            }
        }
    }

    /// <summary>Tries the rule at token <paramref name="i"/>; on a match adds the mention.</summary>
    /// <param name="text">The article's text.</param>
    /// <param name="tokens">Its tokens.</param>
    /// <param name="i">The token to try the rule at.</param>
    /// <param name="end">Just past the sentence's last token; the rule must not look at or beyond it.</param>
    /// <param name="mentions">Receives the mention.</param>
    /// <returns>How many tokens from <paramref name="i"/> the match consumed; 0 when it did not match.</returns>
    protected abstract int Match(ReadOnlySpan<char> text, ReadOnlySpan<TokenInfo> tokens, int i, int end, List<RecognizedSpan> mentions);
}
