namespace EntityKit.Recognition;

/// <summary>
/// A layer of the pipeline that finds entity mentions in a tokenized text: the statistical model, a dictionary, a
/// token pattern. Implementations are immutable and thread-safe.
/// </summary>
public interface IMentionRecognizer
{
    /// <summary>A short name for diagnostics, for example "model" or "dictionary".</summary>
    string Name { get; }

    /// <summary>The layer reported on the mentions this recognizer finds.</summary>
    MentionSource Source { get; }

    /// <summary>Appends the mentions found in <paramref name="input"/> to <paramref name="mentions"/>.</summary>
    /// <param name="input">The text, its tokens and sentences.</param>
    /// <param name="mentions">Receives token-range mentions; they must not overlap each other.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    void Recognize(in RecognitionInput input, List<RecognizedSpan> mentions, CancellationToken cancellationToken);
}

/// <summary>What a recognizer sees: a text with its tokens and sentences. Allocation-free view.</summary>
public readonly ref struct RecognitionInput
{
    /// <summary>Creates the view.</summary>
    /// <param name="text">The original text.</param>
    /// <param name="tokens">Its tokens.</param>
    /// <param name="sentences">Its sentences.</param>
    public RecognitionInput(ReadOnlySpan<char> text, ReadOnlySpan<TokenInfo> tokens, ReadOnlySpan<Sentence> sentences)
    {
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
    }

    /// <summary>The original text.</summary>
    public ReadOnlySpan<char> Text { get; }

    /// <summary>Its tokens.</summary>
    public ReadOnlySpan<TokenInfo> Tokens { get; }

    /// <summary>Its sentences, covering every token once in order. The analyzer cuts a sentence longer than 1,024
    /// tokens into pieces of at most that many, so that per-sentence work stays bounded on hostile input.</summary>
    public ReadOnlySpan<Sentence> Sentences { get; }

    /// <summary>
    /// The mentions accepted from the earlier layers, sorted by token and not overlapping (empty for the first
    /// layer), so that a layer can build on them, e.g. a token pattern that needs "a token of an ORG mention".
    /// </summary>
    public ReadOnlySpan<RecognizedSpan> EarlierMentions { get; init; }
}

/// <summary>A mention as a recognizer reports it: a token range and a type.</summary>
/// <param name="FirstToken">Index of the first token.</param>
/// <param name="TokenCount">Number of tokens (at least 1).</param>
/// <param name="Type">The entity type.</param>
/// <param name="Confidence">How sure the recognizer is, in [0, 1].</param>
public readonly record struct RecognizedSpan(int FirstToken, int TokenCount, EntityType Type, float Confidence)
{
    /// <summary>Index just past the last token.</summary>
    public int EndToken => FirstToken + TokenCount;

    /// <summary>The layer that produced the span; the analyzer sets it from <see cref="IMentionRecognizer.Source"/>.</summary>
    public MentionSource Source { get; init; }

    /// <summary>The id of the dictionary entry the span was matched from (e.g. a Wikidata QID), or null.</summary>
    public string? EntryId { get; init; }
}
