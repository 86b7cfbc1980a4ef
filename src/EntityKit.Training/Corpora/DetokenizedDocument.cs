using System.Collections.Immutable;

namespace EntityKit.Corpora;

/// <summary>
/// A gold-tokenized document rendered as natural text by <see cref="BioDetokenizer"/>, with every gold token, sentence
/// and entity located in that text.
/// </summary>
/// <param name="Source">The document it was made from.</param>
/// <param name="Text">The natural text.</param>
/// <param name="TokenOffsets">One span per gold token, in document order (sentence by sentence): exactly the token's
/// natural form, so <c>Text.Substring(span.Start, span.Length) == BioDetokenizer.NaturalForm(token)</c>.</param>
/// <param name="Sentences">One per gold sentence: its character range and its (document-level) token range.</param>
/// <param name="Entities">The gold entities as character spans, in document order.</param>
public sealed record DetokenizedDocument(
    BioDocument Source,
    string Text,
    ImmutableArray<CharSpan> TokenOffsets,
    ImmutableArray<Sentence> Sentences,
    ImmutableArray<GoldEntity> Entities)
{
    /// <summary>The characters of gold token <paramref name="index"/> (document-level index).</summary>
    /// <param name="index">The token index.</param>
    public ReadOnlySpan<char> TokenText(int index) => TokenOffsets[index].Slice(Text);
}

/// <summary>A half-open character range <c>[Start, Start + Length)</c> of a text.</summary>
/// <param name="Start">Offset of the first UTF-16 code unit.</param>
/// <param name="Length">Number of UTF-16 code units.</param>
public readonly record struct CharSpan(int Start, int Length)
{
    /// <summary>Offset just past the last code unit.</summary>
    public int End => Start + Length;

    /// <summary>The span's characters in <paramref name="text"/>.</summary>
    /// <param name="text">The text the span refers to.</param>
    public ReadOnlySpan<char> Slice(ReadOnlySpan<char> text) => text.Slice(Start, Length);
}

/// <summary>A gold entity located in a detokenized text.</summary>
/// <param name="Start">Offset of its first character.</param>
/// <param name="End">Offset just past its last character.</param>
/// <param name="Type">The corpus type label, for example <c>GPE</c>.</param>
/// <param name="FirstToken">Document-level index of its first gold token.</param>
/// <param name="TokenCount">Number of gold tokens.</param>
public readonly record struct GoldEntity(int Start, int End, string Type, int FirstToken, int TokenCount)
{
    /// <summary>Number of characters covered.</summary>
    public int Length => End - Start;
}
