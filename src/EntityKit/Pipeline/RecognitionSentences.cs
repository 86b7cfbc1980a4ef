namespace EntityKit.Pipeline;

/// <summary>
/// The sentences recognizers see: the article's sentences, with any sentence longer than
/// <see cref="MaxTokens"/> tokens cut into consecutive pieces of at most that many. Real sentences are far shorter;
/// a giant "sentence" (a page of tokens without end punctuation, hostile input) would otherwise make a sequence
/// model's per-sentence lattice grow with the whole article (tokens × labels), gigabytes for a 20 MB article.
/// The analysis still reports the true sentences.
/// </summary>
internal static class RecognitionSentences
{
    /// <summary>The longest piece of a sentence given to recognizers, in tokens.</summary>
    public const int MaxTokens = 1024;

    /// <summary>True when some sentence is longer than <see cref="MaxTokens"/>.</summary>
    public static bool NeedsSplitting(ReadOnlySpan<Sentence> sentences)
    {
        foreach (var sentence in sentences)
        {
            if (sentence.TokenCount > MaxTokens)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Writes the sentences to <paramref name="pieces"/>, cutting the long ones.</summary>
    public static void Split(ReadOnlySpan<Sentence> sentences, ReadOnlySpan<TokenInfo> tokens, List<Sentence> pieces)
    {
        foreach (var sentence in sentences)
        {
            for (var first = sentence.FirstToken; first < sentence.EndToken; first += MaxTokens)
            {
                var count = Math.Min(MaxTokens, sentence.EndToken - first);
                pieces.Add(new Sentence(tokens[first].Start, tokens[first + count - 1].End, first, count));
            }
        }
    }
}
