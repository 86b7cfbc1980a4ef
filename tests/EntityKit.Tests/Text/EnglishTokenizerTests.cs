using System.Buffers;
using EntityKit.Text;

namespace EntityKit.Tests.Text;

public sealed class EnglishTokenizerTests
{
    private static readonly EnglishTokenizer Tokenizer = new();

    /// <summary>The tokens of <paramref name="text"/>, separated by single spaces.</summary>
    private static string Tokens(string text) =>
        string.Join(" ", Tokenizer.Tokenize(text).Select(t => text.Substring(t.Start, t.Length)));

    public static TheoryData<string, string> PunctuationCases => new()
    {
        { "Hello, world.", "Hello , world ." },
        { "Why? Because!", "Why ? Because !" },
        { "a; b: c", "a ; b : c" },
        { "(the group) [sic] {x}", "( the group ) [ sic ] { x }" },
        { "a “blatant violation” of", "a “ blatant violation ” of" },
        { "he said \"go\" now", "he said \" go \" now" },
        { "``Quoted,'' he said", "`` Quoted , '' he said" },
        { "‘single’ quotes", "‘ single ’ quotes" },
        { "prices -- as ever -- rose", "prices -- as ever -- rose" },
        { "prices—as ever—rose", "prices — as ever — rose" },
        { "from 5–7 pm", "from 5 – 7 pm" },
        { "wait... no… yes", "wait ... no … yes" },
        { "Really?!", "Really ?!" },
        { "Wow!!! Why??", "Wow !!! Why ??" },
    };

    [Theory]
    [MemberData(nameof(PunctuationCases))]
    public void Tokenize_Punctuation_IsSplitOff(string text, string expected) => Assert.Equal(expected, Tokens(text));

    public static TheoryData<string, string> CliticCases => new()
    {
        { "Iraq's sovereignty", "Iraq 's sovereignty" },
        { "Iraq’s sovereignty", "Iraq ’s sovereignty" },
        { "IRAQ'S", "IRAQ 'S" },
        { "They're here", "They 're here" },
        { "we've gone", "we 've gone" },
        { "she'll try", "she 'll try" },
        { "I'd say", "I 'd say" },
        { "I'm sure", "I 'm sure" },
        { "they'd've", "they 'd 've" },
        { "doesn’t help", "does n’t help" },
        { "isn't it", "is n't it" },
        { "can't go", "ca n't go" },
        { "won't go", "wo n't go" },
        { "cannot go", "can not go" },
        { "the parents' view", "the parents ' view" },
        { "O'Connor and Xi'an", "O'Connor and Xi'an" },
        { "the '90s and '78", "the '90s and '78" },
        { "music of the 90's", "music of the 90's" },
        { "'Tis 'em", "'Tis 'em" },
    };

    [Theory]
    [MemberData(nameof(CliticCases))]
    public void Tokenize_Clitic_IsSplitAsInOntoNotes(string text, string expected) => Assert.Equal(expected, Tokens(text));

    public static TheoryData<string, string> HyphenCases => new()
    {
        { "Iran-backed militias", "Iran - backed militias" },
        { "a one-year-old child", "a one - year - old child" },
        { "years of co-operation", "years of co-operation" },
        { "send an e-mail", "send an e-mail" },
        { "anti-war and non-profit", "anti-war and non-profit" },
        { "the mid-1980s", "the mid-1980s" },
        { "uh-huh", "uh-huh" },
        { "the U.S.-led force", "the U.S. - led force" },
        { "the 1990-91 season", "the 1990 - 91 season" },
        { "call 555-1234", "call 555 - 1234" },
        { "Israel-Gaza war", "Israel - Gaza war" },
        { "I was tha- that", "I was tha- that" },
    };

    [Theory]
    [MemberData(nameof(HyphenCases))]
    public void Tokenize_HyphenatedWord_FollowsOntoNotesHyphenRules(string text, string expected) =>
        Assert.Equal(expected, Tokens(text));

    public static TheoryData<string, string> AbbreviationCases => new()
    {
        { "Mr. Smith met Dr. Jones.", "Mr. Smith met Dr. Jones ." },
        { "the U.S. economy", "the U.S. economy" },
        { "Acme Corp. said", "Acme Corp. said" },
        { "on Jan. 5 at 10 a.m. sharp", "on Jan. 5 at 10 a.m. sharp" },
        { "George W. Bush", "George W. Bush" },
        { "e.g. this, i.e. that", "e.g. this , i.e. that" },
        { "shares of Apple Inc.", "shares of Apple Inc ." },
        { "bought by Acme Corp. The deal", "bought by Acme Corp . The deal" },
        { "apples, pears, etc.", "apples , pears , etc ." },
        { "Centcom said on X.\nNext", "Centcom said on X . Next" },
        { "left the U.S.. Then", "left the U.S. . Then" },
        { "ranked No. 1", "ranked No. 1" },
        { "He said No.", "He said No ." },
        { "Mr Al Sudani said", "Mr Al Sudani said" },
        { "the end.", "the end ." },
        { "taller than I. The end", "taller than I . The end" },
        { "Steps:\n1. Mix well\n2. Bake", "Steps : 1. Mix well 2. Bake" },
        { "He was 45. Then", "He was 45 . Then" },
    };

    [Theory]
    [MemberData(nameof(AbbreviationCases))]
    public void Tokenize_Abbreviation_KeepsPeriodUnlessItEndsTheSentence(string text, string expected) =>
        Assert.Equal(expected, Tokens(text));

    public static TheoryData<string, string> NumberCases => new()
    {
        { "paid 1,200.50 today", "paid 1,200.50 today" },
        { "up 3.5 points", "up 3.5 points" },
        { "costs $5 now", "costs $ 5 now" },
        { "rose 5% today", "rose 5 % today" },
        { "gave US$4.6 million", "gave US$ 4.6 million" },
        { "HK$10.05 billion", "HK$ 10.05 billion" },
        { "at 12.15am on Wednesday", "at 12.15 am on Wednesday" },
        { "a 5km run worth $1.5bn", "a 5 km run worth $ 1.5 bn" },
        { "at 10:30 with 3/4 left", "at 10:30 with 3/4 left" },
        { "the 1960s and 31st", "the 1960s and 31st" },
        { "£500 million", "£ 500 million" },
    };

    [Theory]
    [MemberData(nameof(NumberCases))]
    public void Tokenize_Number_KeepsSeparatorsAndSplitsSignsAndUnits(string text, string expected) =>
        Assert.Equal(expected, Tokens(text));

    public static TheoryData<string, string> WebCases => new()
    {
        { "see https://example.com/a_(b)/c?x=1.", "see https://example.com/a_(b)/c?x=1 ." },
        { "(www.example.org)", "( www.example.org )" },
        { "mail john.doe@example.co.uk, now", "mail john.doe@example.co.uk , now" },
        { "follow @reuters_news!", "follow @reuters_news !" },
        { "news on #Gaza.", "news on #Gaza ." },
        { "ranked #1", "ranked # 1" },
        { "en_USEnglish", "en_USEnglish" },
    };

    [Theory]
    [MemberData(nameof(WebCases))]
    public void Tokenize_UrlEmailHandleHashtag_StaysWhole(string text, string expected) =>
        Assert.Equal(expected, Tokens(text));

    public static TheoryData<string, string> EmojiCases => new()
    {
        { "ok 👍🏽 yes", "ok 👍🏽 yes" },
        { "family 👨‍👩‍👧 here", "family 👨‍👩‍👧 here" },
        { "flags 🇺🇸🇬🇧", "flags 🇺🇸 🇬🇧" },
        { "love ❤️ you", "love ❤️ you" },
        { "press 1️⃣ now", "press 1️⃣ now" },
        { "done😀!", "done 😀 !" },
        { "sun ☀ today", "sun ☀ today" },
    };

    [Theory]
    [MemberData(nameof(EmojiCases))]
    public void Tokenize_EmojiSequence_IsOneToken(string text, string expected) => Assert.Equal(expected, Tokens(text));

    [Fact]
    public void Tokenize_EmojiSequence_HasEmojiKind()
    {
        var kinds = Tokenizer.Tokenize("a 👨‍👩‍👧 🇺🇸 ❤️").Select(t => t.Kind);

        Assert.Equal([TokenKind.Word, TokenKind.Emoji, TokenKind.Emoji, TokenKind.Emoji], kinds);
    }

    public static TheoryData<string, TokenKind[]> KindCases => new()
    {
        { "Iraq 1,200 . $ % https://x.org a@b.com @ab #cd 😀", [TokenKind.Word, TokenKind.Number, TokenKind.Punctuation, TokenKind.Symbol, TokenKind.Symbol, TokenKind.Url, TokenKind.Email, TokenKind.Handle, TokenKind.Hashtag, TokenKind.Emoji] },
        { "U.S. 's n't 3.5 US$ -- “", [TokenKind.Word, TokenKind.Word, TokenKind.Word, TokenKind.Number, TokenKind.Symbol, TokenKind.Punctuation, TokenKind.Punctuation] },
    };

    [Theory]
    [MemberData(nameof(KindCases))]
    public void Tokenize_Token_HasItsKind(string text, TokenKind[] kinds) =>
        Assert.Equal(kinds, Tokenizer.Tokenize(text).Select(t => t.Kind));

    public static TheoryData<string, string> SeedCases => new()
    {
        { "as a “blatant violation” of the country’s sovereignty.", "as a “ blatant violation ” of the country ’s sovereignty ." },
        { "blatantly violate Iraq’s sovereignty", "blatantly violate Iraq ’s sovereignty" },
        { "the strikes occurred at 12.15am on Wednesday.", "the strikes occurred at 12.15 am on Wednesday ." },
        { "against Iran-backed Shiite militias", "against Iran - backed Shiite militias" },
        { "Mr Al Sudani’s government.", "Mr Al Sudani ’s government ." },
        { "undermine years of co-operation, blatantly", "undermine years of co-operation , blatantly" },
        { "“This doesn’t help calm the situation,” Mr Al Araji said on X, formerly Twitter.", "“ This does n’t help calm the situation , ” Mr Al Araji said on X , formerly Twitter ." },
        { "en_USEnglish", "en_USEnglish" },
    };

    [Theory]
    [MemberData(nameof(SeedCases))]
    public void Tokenize_SeedArticleTrickyBits_MatchOntoNotesConventions(string text, string expected) =>
        Assert.Equal(expected, Tokens(text));

    public static TheoryData<string, TokenFlags[]> FlagCases => new()
    {
        { "a b", [TokenFlags.None, TokenFlags.SpaceBefore] },
        { " a,b", [TokenFlags.SpaceBefore, TokenFlags.None, TokenFlags.None] },
        { "a\nb", [TokenFlags.None, TokenFlags.SpaceBefore | TokenFlags.LineBreakBefore] },
        { "a\r\nb", [TokenFlags.None, TokenFlags.SpaceBefore | TokenFlags.LineBreakBefore] },
        { "a\n\nb", [TokenFlags.None, TokenFlags.SpaceBefore | TokenFlags.LineBreakBefore | TokenFlags.ParagraphBreakBefore] },
        { "a\r\n \r\nb", [TokenFlags.None, TokenFlags.SpaceBefore | TokenFlags.LineBreakBefore | TokenFlags.ParagraphBreakBefore] },
        { "a\u2029b", [TokenFlags.None, TokenFlags.SpaceBefore | TokenFlags.LineBreakBefore | TokenFlags.ParagraphBreakBefore] },
        { "a\u00A0b", [TokenFlags.None, TokenFlags.SpaceBefore] },
    };

    [Theory]
    [MemberData(nameof(FlagCases))]
    public void Tokenize_Layout_SetsFlags(string text, TokenFlags[] flags) =>
        Assert.Equal(flags, Tokenizer.Tokenize(text).Select(t => t.Flags));

    public static TheoryData<string, string> InvisibleAndBrokenCases => new()
    {
        { "a\u200Bb", "a b" },
        { "co\u00ADoperation", "co\u00ADoperation" },
        { "\uFEFFHello", "Hello" },
        { "bell\u0007ring", "bell ring" },
        { "lone \uD800 high", "lone \uD800 high" },
        { "lone\uDC00low", "lone \uDC00 low" },
        { "math 𝐀𝐁𝐂 letters", "math 𝐀𝐁𝐂 letters" },
    };

    [Theory]
    [MemberData(nameof(InvisibleAndBrokenCases))]
    public void Tokenize_ControlFormatAndLoneSurrogates_NeverCrashAndAreDocumented(string text, string expected) =>
        Assert.Equal(expected, Tokens(text));

    [Fact]
    public void Tokenize_IntoList_AppendsAfterExistingItems()
    {
        var existing = new TokenInfo(99, 1, TokenKind.Word);
        var tokens = new List<TokenInfo> { existing };

        Tokenizer.Tokenize("a b", tokens);

        Assert.Equal([existing, new TokenInfo(0, 1, TokenKind.Word), new TokenInfo(2, 1, TokenKind.Word, TokenFlags.SpaceBefore)], tokens);
    }

    [Fact]
    public void Tokenize_EmptyOrWhitespace_YieldsNoTokens()
    {
        Assert.Empty(Tokenizer.Tokenize(string.Empty));
        Assert.Empty(Tokenizer.Tokenize(" \n\t "));
    }

    [Fact]
    public void Tokenize_ListWithCapacity_AllocatesNothing()
    {
        const string text = "The U.S.-led force didn't say, Mr. Smith told Reuters on Jan. 5 at 12.15am (see https://x.org) 👍🏽.";
        var tokens = new List<TokenInfo>(256);
        Tokenizer.Tokenize(text, tokens);
        tokens.Clear();

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            tokens.Clear();
            Tokenizer.Tokenize(text, tokens);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Tokenize_IntoSpan_AllocatesNothing()
    {
        const string text = "The U.S.-led force didn't say, Mr. Smith told Reuters on Jan. 5 at 12.15am (see https://x.org) 👍🏽.";
        var buffer = new TokenInfo[256];
        Tokenizer.Tokenize(text, buffer, out _, out _);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            Tokenizer.Tokenize(text, buffer, out _, out _);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    public void Tokenize_IntoSmallBuffer_ResumesToTheSameTokens(int bufferSize)
    {
        const string text = "Mr. Smith's U.S.-led co-operation, at 12.15am!\n\nNew paragraph 👨‍👩‍👧 here.";
        var expected = Tokenizer.Tokenize(text);
        var collected = new List<TokenInfo>();
        Span<TokenInfo> buffer = new TokenInfo[bufferSize];
        var offset = 0;
        OperationStatus status;
        do
        {
            status = Tokenizer.Tokenize(text.AsSpan(offset), buffer, out var consumed, out var written);
            foreach (var token in buffer[..written])
            {
                collected.Add(new TokenInfo(token.Start + offset, token.Length, token.Kind, token.Flags));
            }

            Assert.True(status == OperationStatus.Done || written > 0 || bufferSize < 5, "a buffer this size must make progress");
            if (written == 0 && status != OperationStatus.Done)
            {
                buffer = new TokenInfo[buffer.Length * 2];
            }

            offset += consumed;
        }
        while (status == OperationStatus.DestinationTooSmall);

        Assert.Equal(expected, collected);
    }

    [Fact]
    public void Tokenize_IntoLargeEnoughBuffer_IsDone()
    {
        Span<TokenInfo> buffer = new TokenInfo[16];

        var status = Tokenizer.Tokenize("Hello, world.", buffer, out var consumed, out var written);

        Assert.Equal(OperationStatus.Done, status);
        Assert.Equal(13, consumed);
        Assert.Equal(4, written);
    }
}
