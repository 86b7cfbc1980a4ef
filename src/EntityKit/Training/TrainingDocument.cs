namespace EntityKit.Training;

/// <summary>
/// A document prepared for training or scoring: its text, tokens, sentences and one gold BILOU label per token (see
/// <see cref="Recognition.BilouLabelSet"/>).
/// </summary>
/// <param name="Text">The text.</param>
/// <param name="Tokens">Its tokens.</param>
/// <param name="Sentences">Its sentences, covering every token.</param>
/// <param name="GoldLabels">The gold BILOU label of each token.</param>
public sealed record TrainingDocument(string Text, TokenInfo[] Tokens, Sentence[] Sentences, int[] GoldLabels)
{
    /// <summary>Number of tokens.</summary>
    public int TokenCount => Tokens.Length;
}
