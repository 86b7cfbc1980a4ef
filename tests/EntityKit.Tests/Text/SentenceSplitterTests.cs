using EntityKit.Text;

namespace EntityKit.Tests.Text;

public sealed class SentenceSplitterTests
{
    private static readonly EnglishTokenizer Tokenizer = new();
    private static readonly SentenceSplitter Splitter = new();

    /// <summary>The sentences of <paramref name="text"/>, each as its exact character range, joined by " ‖ ".</summary>
    private static string Sentences(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var sentences = new List<Sentence>();
        Splitter.Split(text, tokens, sentences);
        return string.Join(" ‖ ", sentences.Select(s => text[s.Start..s.End]));
    }

    public static TheoryData<string, string> Cases => new()
    {
        { "He left. She stayed.", "He left. ‖ She stayed." },
        { "Really? Yes! Fine.", "Really? ‖ Yes! ‖ Fine." },
        { "He said “go home.” Then he left.", "He said “go home.” ‖ Then he left." },
        { "(It was late.) They slept.", "(It was late.) ‖ They slept." },
        { "“Why?” he asked.", "“Why?” he asked." },
        { "Mr. Smith met Dr. Jones in St. Louis.", "Mr. Smith met Dr. Jones in St. Louis." },
        { "The U.S. economy grew. It was 3.5 percent.", "The U.S. economy grew. ‖ It was 3.5 percent." },
        { "He moved to the U.S. He liked it.", "He moved to the U.S. ‖ He liked it." },
        { "Shares of Apple Inc. The deal closed.", "Shares of Apple Inc. ‖ The deal closed." },
        { "Growth hit 3.5 percent in 2023. Analysts cheered.", "Growth hit 3.5 percent in 2023. ‖ Analysts cheered." },
        { "It rose 5%. 2024 will be better.", "It rose 5%. ‖ 2024 will be better." },
        { "Yahoo! said it would.", "Yahoo! said it would." },
        { "It was on Jan. 5 at 10 a.m. in Washington.", "It was on Jan. 5 at 10 a.m. in Washington." },
        { "Iraq denounces US strikes\nThe Iraqi government on Wednesday denounced them.", "Iraq denounces US strikes ‖ The Iraqi government on Wednesday denounced them." },
        { "First paragraph without a stop\n\nsecond paragraph", "First paragraph without a stop ‖ second paragraph" },
        { "Live updates: Follow the latest news\nThe military said", "Live updates: Follow the latest news ‖ The military said" },
        { "This line is wrapped at the usual width of seventy or so columns and\ncontinues here.", "This line is wrapped at the usual width of seventy or so columns and\ncontinues here." },
        { "yeah\nso I went there", "yeah ‖ so I went there" },
        { "he is gone. but we stay", "he is gone. ‖ but we stay" },
        { "Wait... what happened?", "Wait... what happened?" },
        { "We waited... Nothing came.", "We waited... ‖ Nothing came." },
        { "no terminal punctuation", "no terminal punctuation" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Split_Text_FindsNewsSentenceBoundaries(string text, string expected) =>
        Assert.Equal(expected, Sentences(text));

    [Fact]
    public void Split_SeedArticleLines_OneSentencePerLineOrStop()
    {
        const string text = "Iraq denounces latest US strikes on Iran-linked militias\n\n"
            + "The groups say they are part of a loose alliance known as the Islamic Resistance in Iraq. However, when the US strikes back, they mourn their losses.\n"
            + "“We will continue,” Jaafar Al Hussaini said on X.\n"
            + "en_USEnglish";

        Assert.Equal(
            "Iraq denounces latest US strikes on Iran-linked militias ‖ The groups say they are part of a loose alliance known as the Islamic Resistance in Iraq. ‖ However, when the US strikes back, they mourn their losses. ‖ “We will continue,” Jaafar Al Hussaini said on X. ‖ en_USEnglish",
            Sentences(text));
    }

    [Fact]
    public void Split_NoTokens_AddsNoSentence()
    {
        var sentences = new List<Sentence>();

        Splitter.Split(string.Empty, [], sentences);

        Assert.Empty(sentences);
    }

    [Fact]
    public void Split_IntoList_KeepsExistingItemsAndUsesTokenIndices()
    {
        const string text = "A b. C d.";
        var sentences = new List<Sentence> { new(0, 0, 0, 0) };

        Splitter.Split(text, Tokenizer.Tokenize(text), sentences);

        Assert.Equal([new Sentence(0, 0, 0, 0), new Sentence(0, 4, 0, 3), new Sentence(5, 9, 3, 3)], sentences);
    }
}
