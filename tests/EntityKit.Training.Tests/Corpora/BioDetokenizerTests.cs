using System.Collections.Immutable;
using EntityKit.Corpora;

namespace EntityKit.Tests.Corpora;

public sealed class BioDetokenizerTests
{
    private static readonly BioDetokenizer Detokenizer = new();

    private static BioSentence Sentence(string tokens, string? tags = null)
    {
        var words = tokens.Split(' ').ToImmutableArray();
        var labels = tags is null ? words.Select(_ => "O").ToImmutableArray() : tags.Split(' ').ToImmutableArray();
        return new BioSentence(words, labels);
    }

    private static DetokenizedDocument Detokenize(params BioSentence[] sentences) =>
        Detokenizer.Detokenize(new BioDocument(0, [.. sentences]));

    public static TheoryData<string, string> SingleSentences => new()
    {
        { "The Iraqi government denounced the strikes .", "The Iraqi government denounced the strikes." },
        { "Iran - backed militias", "Iran-backed militias" },
        { "Iraq 's sovereignty", "Iraq's sovereignty" },
        { "They do n't know", "They don't know" },
        { "I ca n't go and she wo n't either", "I can't go and she won't either" },
        { "we can not stay", "we cannot stay" },
        { "We 're here , they 've gone and I 'm fine", "We're here, they've gone and I'm fine" },
        { "the group -LRB- known as PMF -RRB- said", "the group (known as PMF) said" },
        { "a `` blatant violation '' of law", "a “blatant violation” of law" },
        { "he said \" we will go \" today", "he said \"we will go\" today" },
        { "it cost $ 5 million or US$ 4.6 million", "it cost $5 million or US$4.6 million" },
        { "up 5 % on Friday", "up 5% on Friday" },
        { "prices -- as ever -- rose", "prices -- as ever -- rose" },
        { "yes /.", "yes." },
        { "really /?", "really?" },
        { "%uh I think so", "uh I think so" },
        { "the parents ' view", "the parents' view" },
        { "a # 500 million fund", "a £500 million fund" },
        { "He left ...", "He left..." },
        { "one - year - old child", "one-year-old child" },
        { "the U.S. - led force", "the U.S.-led force" },
        { "called ` Bus Stop ' there", "called ‘Bus Stop' there" },
        { "-LSB- a -RSB- -LCB- b -RCB-", "[a] {b}" },
    };

    [Theory]
    [MemberData(nameof(SingleSentences))]
    public void Detokenize_GoldSentence_PrintsNaturalText(string gold, string expected)
    {
        var result = Detokenize(Sentence(gold));

        Assert.Equal(expected, result.Text);
    }

    [Theory]
    [MemberData(nameof(SingleSentences))]
    public void Detokenize_EveryToken_MapsToExactlyItsNaturalForm(string gold, string expected)
    {
        var result = Detokenize(Sentence(gold));
        var tokens = gold.Split(' ');

        Assert.Equal(expected, result.Text);
        Assert.Equal(tokens.Length, result.TokenOffsets.Length);
        for (var i = 0; i < tokens.Length; i++)
        {
            var next = i + 1 < tokens.Length ? tokens[i + 1] : null;
            Assert.Equal(BioDetokenizer.NaturalForm(tokens[i], next), result.TokenText(i).ToString());
            if (i > 0)
            {
                Assert.True(result.TokenOffsets[i].Start >= result.TokenOffsets[i - 1].End, "tokens must not overlap");
            }
        }
    }

    [Theory]
    [InlineData("-LRB-", "(")]
    [InlineData("-RRB-", ")")]
    [InlineData("``", "“")]
    [InlineData("''", "”")]
    [InlineData("/.", ".")]
    [InlineData("/-", "-")]
    [InlineData("%um", "um")]
    [InlineData("%", "%")]
    [InlineData("Mr.", "Mr.")]
    [InlineData("#", "#")]
    public void NaturalForm_GoldToken_IsItsPrintedForm(string gold, string natural) =>
        Assert.Equal(natural, BioDetokenizer.NaturalForm(gold));

    [Fact]
    public void Detokenize_SentencesEndingWithTerminalPunctuation_AreJoinedWithOneSpace()
    {
        var result = Detokenize(Sentence("He left ."), Sentence("She stayed ."));

        Assert.Equal("He left. She stayed.", result.Text);
        Assert.Equal([new Sentence(0, 8, 0, 3), new Sentence(9, 20, 3, 3)], result.Sentences.ToArray());
    }

    [Fact]
    public void Detokenize_SentenceEndingInClosingQuoteAfterPeriod_IsFollowedBySpace()
    {
        var result = Detokenize(Sentence("`` We go . ''"), Sentence("Then silence ."));

        Assert.Equal("“We go.” Then silence.", result.Text);
    }

    [Fact]
    public void Detokenize_SentenceWithoutTerminalPunctuation_EndsItsLine()
    {
        var result = Detokenize(Sentence("Iraq denounces strikes"), Sentence("yeah"), Sentence("It was late ."));

        Assert.Equal("Iraq denounces strikes\nyeah\nIt was late.", result.Text);
    }

    [Fact]
    public void Detokenize_Entities_BecomeCharacterSpansOfTheirTokens()
    {
        var result = Detokenize(
            Sentence("He met Joe Biden in Iraq .", "O O B-PERSON I-PERSON O B-GPE O"),
            Sentence("Iran - backed groups left .", "B-NORP O O O O O"));

        Assert.Equal(2 + 1, result.Entities.Length);
        Assert.Equal("Joe Biden", result.Text[result.Entities[0].Start..result.Entities[0].End]);
        Assert.Equal("PERSON", result.Entities[0].Type);
        Assert.Equal(2, result.Entities[0].FirstToken);
        Assert.Equal("Iraq", result.Text[result.Entities[1].Start..result.Entities[1].End]);
        Assert.Equal("Iran", result.Text[result.Entities[2].Start..result.Entities[2].End]);
        Assert.Equal(7, result.Entities[2].FirstToken);
    }

    [Fact]
    public void Detokenize_SentenceRanges_CoverTheirTokens()
    {
        var result = Detokenize(Sentence("A b ."), Sentence("c d"), Sentence("E ."));

        var covered = 0;
        foreach (var sentence in result.Sentences)
        {
            Assert.Equal(covered, sentence.FirstToken);
            Assert.Equal(result.TokenOffsets[sentence.FirstToken].Start, sentence.Start);
            Assert.Equal(result.TokenOffsets[sentence.EndToken - 1].End, sentence.End);
            covered += sentence.TokenCount;
        }

        Assert.Equal(result.TokenOffsets.Length, covered);
    }
}
