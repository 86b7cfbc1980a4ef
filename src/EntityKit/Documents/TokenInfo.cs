using System.Runtime.InteropServices;

namespace EntityKit;

/// <summary>
/// One token of a text: a half-open range <c>[Start, End)</c> of UTF-16 code units into the caller's original text,
/// plus its kind and layout flags. No string is held: read the token's characters with
/// <see cref="GetText(ReadOnlySpan{char})"/>.
/// </summary>
/// <remarks>An immutable 12-byte value type. The default value is an empty word token at offset 0.</remarks>
[StructLayout(LayoutKind.Sequential)]
public readonly record struct TokenInfo
{
    /// <summary>Creates a token.</summary>
    /// <param name="start">Offset of the first UTF-16 code unit.</param>
    /// <param name="length">Number of UTF-16 code units.</param>
    /// <param name="kind">What the token is.</param>
    /// <param name="flags">Layout facts about the token.</param>
    public TokenInfo(int start, int length, TokenKind kind, TokenFlags flags = TokenFlags.None)
    {
        Start = start;
        Length = length;
        Kind = kind;
        Flags = flags;
    }

    /// <summary>Offset of the first UTF-16 code unit in the original text.</summary>
    public int Start { get; }

    /// <summary>Number of UTF-16 code units.</summary>
    public int Length { get; }

    /// <summary>What the token is: word, number, punctuation, URL…</summary>
    public TokenKind Kind { get; }

    /// <summary>Layout facts: whitespace or line breaks before it.</summary>
    public TokenFlags Flags { get; }

    /// <summary>Offset just past the last UTF-16 code unit (exclusive).</summary>
    public int End => Start + Length;

    /// <summary>True when whitespace separates this token from the previous one (or it starts the text after whitespace).</summary>
    public bool HasSpaceBefore => (Flags & TokenFlags.SpaceBefore) != 0;

    /// <summary>The token's characters in <paramref name="text"/>, which must be the text it was made from.</summary>
    /// <param name="text">The original text.</param>
    public ReadOnlySpan<char> GetText(ReadOnlySpan<char> text) => text.Slice(Start, Length);
}

/// <summary>What a token is.</summary>
public enum TokenKind : byte
{
    /// <summary>A word, including abbreviations (<c>U.S.</c>), clitics (<c>'s</c>, <c>n't</c>) and hyphen-free compounds.</summary>
    Word = 0,
    /// <summary>A number, with separators and decimals kept (<c>1,200.50</c>).</summary>
    Number,
    /// <summary>Punctuation: <c>. , ; : ! ? ( ) " '</c>, dashes, ellipses, hyphens.</summary>
    Punctuation,
    /// <summary>A symbol: currency, percent, maths and other signs.</summary>
    Symbol,
    /// <summary>A URL.</summary>
    Url,
    /// <summary>An e-mail address.</summary>
    Email,
    /// <summary>A social-media handle such as <c>@reuters</c>.</summary>
    Handle,
    /// <summary>A hashtag such as <c>#Gaza</c>.</summary>
    Hashtag,
    /// <summary>An emoji or pictograph, including flag and ZWJ sequences.</summary>
    Emoji,
}

/// <summary>Layout facts about a token.</summary>
[Flags]
public enum TokenFlags : byte
{
    /// <summary>No flags.</summary>
    None = 0,
    /// <summary>Whitespace separates the token from what precedes it.</summary>
    SpaceBefore = 1,
    /// <summary>At least one line break separates the token from what precedes it.</summary>
    LineBreakBefore = 2,
    /// <summary>A blank line (two or more line breaks) separates the token from what precedes it.</summary>
    ParagraphBreakBefore = 4,
}
