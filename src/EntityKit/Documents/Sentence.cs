namespace EntityKit;

/// <summary>
/// A sentence: the half-open character range <c>[Start, End)</c> in the original text and the range of tokens
/// <c>[FirstToken, FirstToken + TokenCount)</c> it covers.
/// </summary>
/// <remarks>An immutable value type. <see cref="Start"/> is the first token's start and <see cref="End"/> the last
/// token's end, so a sentence never begins or ends with whitespace.</remarks>
/// <param name="Start">Offset of the sentence's first character.</param>
/// <param name="End">Offset just past its last character.</param>
/// <param name="FirstToken">Index of its first token.</param>
/// <param name="TokenCount">Number of tokens.</param>
public readonly record struct Sentence(int Start, int End, int FirstToken, int TokenCount)
{
    /// <summary>Number of UTF-16 code units covered.</summary>
    public int Length => End - Start;

    /// <summary>Index just past its last token.</summary>
    public int EndToken => FirstToken + TokenCount;
}
