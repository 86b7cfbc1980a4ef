namespace EntityKit.Training;

/// <summary>
/// A document prepared for training or scoring: its text, tokens, sentences and one gold BILOU label per token (see
/// <see cref="Recognition.BilouLabelSet"/>).
/// </summary>
/// <param name="Text">The text.</param>
/// <param name="Tokens">Its tokens.</param>
/// <param name="Sentences">Its sentences, covering every token.</param>
/// <param name="GoldLabels">The gold BILOU label of each token. For a partially labelled document (see
/// <see cref="Allowed"/>) only one allowed labelling, for readers that need a single one; training does not use it.</param>
public sealed record TrainingDocument(string Text, TokenInfo[] Tokens, Sentence[] Sentences, int[] GoldLabels)
{
    /// <summary>Number of tokens.</summary>
    public int TokenCount => Tokens.Length;

    /// <summary>
    /// For a partially labelled document (such as a corpus annotated with a coarser type set, see
    /// <see cref="PartiallyLabelledDocuments"/>), the labels each token may take; training then aims at the best-scoring
    /// allowed labelling under the current weights instead of <see cref="GoldLabels"/>. Null (the default) for a fully
    /// labelled document.
    /// </summary>
    public AllowedLabels? Allowed { get; init; }

    /// <summary>True when the document is partially labelled (<see cref="Allowed"/> is set).</summary>
    public bool IsPartial => Allowed is not null;
}
