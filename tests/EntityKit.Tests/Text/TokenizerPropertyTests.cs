using EntityKit.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace EntityKit.Tests.Text;

/// <summary>Texts built from pieces that stress the tokenizer: words, clitics, abbreviations, numbers, URLs,
/// emoji sequences, surrogate halves, control and format characters and every kind of whitespace.</summary>
public sealed record StressText(string Value)
{
    private static readonly string[] Pieces =
    [
        "a", "Iraq", "’s", "'s", "n't", "can", "not", "U.S.", "Mr.", "Inc.", "etc.", "co-", "operation", "-", "--", "—",
        ".", "..", "...", "…", ",", "!", "?", "“", "”", "\"", "'", "`", "(", ")", "$", "US$", "5", "1,200.50", "12.15am",
        "%", "#", "@", "_", "/", ":", "https://x.org/a?b=1", "a@b.com", "👍", "🏽", "\u200D", "👨", "🇺", "🇸", "\uFE0F",
        "\u20E3", "❤", "𝐀", "\uD800", "\uDC00", "\u200B", "\u00AD", "\uFEFF", "\u0007", "\0", " ", " ", " ", "\n", "\r\n",
        "\r", "\t", "\u00A0", "\u2029", "\u0085", "é", "\u0301", "中文", "ا", "1", "x",
    ];

    /// <summary>The generator.</summary>
    public static Arbitrary<StressText> Arbitrary() =>
        Gen.ArrayOf(Gen.Elements(Pieces)).Select(pieces => new StressText(string.Concat(pieces))).ToArbitrary();

    /// <inheritdoc/>
    public override string ToString() =>
        string.Concat(Value.Select(c => c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:X4}"));
}

public sealed class TokenizerPropertyTests
{
    private static readonly EnglishTokenizer Tokenizer = new();

    [Property(Arbitrary = [typeof(StressText)], MaxTest = 500, Replay = "(20261124,5501)")]
    public void Tokenize_AnyText_TokensAreOrderedNonEmptyAndInsideTheText(StressText input)
    {
        var text = input.Value;
        var previousEnd = 0;
        foreach (var token in Tokenizer.Tokenize(text))
        {
            Assert.True(token.Length > 0, "a token is never empty");
            Assert.True(token.Start >= previousEnd, "tokens never overlap and come in order");
            Assert.True(token.End <= text.Length, "a token never runs past the text");
            previousEnd = token.End;
        }
    }

    [Property(Arbitrary = [typeof(StressText)], MaxTest = 500, Replay = "(20261124,5505)")]
    public void Tokenize_AnyText_GapsHoldOnlyWhitespaceControlOrFormatCharacters(StressText input)
    {
        var text = input.Value;
        var rebuilt = new System.Text.StringBuilder();
        var previousEnd = 0;
        foreach (var token in Tokenizer.Tokenize(text))
        {
            var gap = text[previousEnd..token.Start];
            Assert.All(gap, c => Assert.True(char.IsWhiteSpace(c) || char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format, $"U+{(int)c:X4} dropped between tokens"));
            rebuilt.Append(gap).Append(text, token.Start, token.Length);
            previousEnd = token.End;
        }

        rebuilt.Append(text[previousEnd..]);
        Assert.Equal(text, rebuilt.ToString());
    }

    [Property(Arbitrary = [typeof(StressText)], MaxTest = 500, Replay = "(20261124,5503)")]
    public void Tokenize_AnyText_NeverSplitsASurrogatePair(StressText input)
    {
        var text = input.Value;
        foreach (var token in Tokenizer.Tokenize(text))
        {
            Assert.False(token.Start > 0 && char.IsLowSurrogate(text[token.Start]) && char.IsHighSurrogate(text[token.Start - 1]),
                "a token starts inside a surrogate pair");
            Assert.False(token.End < text.Length && char.IsLowSurrogate(text[token.End]) && char.IsHighSurrogate(text[token.End - 1]),
                "a token ends inside a surrogate pair");
        }
    }

    [Property(Arbitrary = [typeof(StressText)], MaxTest = 300, Replay = "(20261124,5507)")]
    public void Split_AnyText_SentencesCoverEveryTokenOnceInOrder(StressText input)
    {
        var text = input.Value;
        var tokens = Tokenizer.Tokenize(text);
        var sentences = new List<Sentence>();

        new SentenceSplitter().Split(text, tokens, sentences);

        var next = 0;
        foreach (var sentence in sentences)
        {
            Assert.Equal(next, sentence.FirstToken);
            Assert.True(sentence.TokenCount > 0);
            Assert.Equal(tokens[sentence.FirstToken].Start, sentence.Start);
            Assert.Equal(tokens[sentence.EndToken - 1].End, sentence.End);
            next = sentence.EndToken;
        }

        Assert.Equal(tokens.Length, next);
    }
}
