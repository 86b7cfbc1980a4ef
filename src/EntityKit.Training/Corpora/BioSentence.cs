using System.Collections.Immutable;

namespace EntityKit.Corpora;

/// <summary>One sentence of a BIO-tagged corpus: its gold tokens and their BIO2 tags.</summary>
/// <remarks>Immutable.</remarks>
public sealed class BioSentence
{
    /// <summary>Creates a sentence.</summary>
    /// <param name="tokens">The gold tokens.</param>
    /// <param name="tags">One tag per token: <c>O</c>, <c>B-TYPE</c> or <c>I-TYPE</c>.</param>
    /// <exception cref="ArgumentException">The counts differ.</exception>
    public BioSentence(ImmutableArray<string> tokens, ImmutableArray<string> tags)
    {
        if (tokens.Length != tags.Length)
        {
            throw new ArgumentException($"A sentence has {tokens.Length} tokens but {tags.Length} tags.", nameof(tags));
        }

        Tokens = tokens;
        Tags = tags;
    }

    /// <summary>The gold tokens.</summary>
    public ImmutableArray<string> Tokens { get; }

    /// <summary>The BIO2 tags, one per token.</summary>
    public ImmutableArray<string> Tags { get; }

    /// <summary>
    /// The gold entities as token ranges. An <c>I-X</c> that does not continue an entity of type X starts a new one
    /// (the usual conlleval reading of imperfect BIO).
    /// </summary>
    public IReadOnlyList<BioSpan> GetSpans()
    {
        var spans = new List<BioSpan>();
        var start = -1;
        string? type = null;
        for (var i = 0; i <= Tags.Length; i++)
        {
            var tag = i < Tags.Length ? Tags[i] : "O";
            var (prefix, label) = Split(tag);
            var continues = prefix == 'I' && type is not null && label == type;
            if (type is not null && !continues)
            {
                spans.Add(new BioSpan(start, i - start, type));
                type = null;
            }

            if (prefix is 'B' or 'I' && !continues)
            {
                start = i;
                type = label;
            }
        }

        return spans;
    }

    private static (char Prefix, string? Label) Split(string tag) =>
        tag.Length > 2 && tag[1] == '-' && tag[0] is 'B' or 'I' ? (tag[0], tag[2..]) : ('O', null);
}

/// <summary>A gold entity of a <see cref="BioSentence"/>: a token range and its type label.</summary>
/// <param name="FirstToken">Index of its first token in the sentence.</param>
/// <param name="TokenCount">Number of tokens.</param>
/// <param name="Type">The type label, for example <c>PERSON</c>.</param>
public readonly record struct BioSpan(int FirstToken, int TokenCount, string Type)
{
    /// <summary>Index just past its last token.</summary>
    public int EndToken => FirstToken + TokenCount;
}

/// <summary>One document (or document part) of a BIO corpus: the sentences between two <c>-DOCSTART-</c> lines.</summary>
/// <param name="Index">Zero-based position of the document in its file.</param>
/// <param name="Sentences">Its sentences.</param>
public sealed record BioDocument(int Index, ImmutableArray<BioSentence> Sentences)
{
    /// <summary>Number of tokens in all sentences.</summary>
    public int TokenCount => Sentences.Sum(s => s.Tokens.Length);
}
