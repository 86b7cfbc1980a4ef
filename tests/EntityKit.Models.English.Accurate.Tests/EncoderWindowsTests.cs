namespace EntityKit.Models.English.Accurate.Tests;

/// <summary>How a document's tokens become the encoder's windows, one sentence a window or packed.</summary>
public sealed class EncoderWindowsTests
{
    private const string Text =
        "Lloyd Austin visited Baghdad on Monday. The Iraqi prime minister met him. Officials said so. " +
        "Kataib Hezbollah said on Tuesday that talks with the United States government would not resume before March, " +
        "and that the council of the party, the army and the police of the city had visited Washington, London, Paris and Berlin. " +
        "John Smith of Reuters reports. It rained.";

    [Theory]
    [InlineData(16, false)]
    [InlineData(16, true)]
    [InlineData(40, false)]
    [InlineData(40, true)]
    [InlineData(512, true)]
    public void Build_AnyBudget_CoversEveryTokenOnceInOrderWithinTheBudget(int maxPieces, bool pack)
    {
        var (tokens, sentences) = Tokenize(Text);

        var windows = Build(tokens, sentences, maxPieces, pack);

        Assert.Equal(0, windows[0].FirstToken);
        Assert.Equal(tokens.Length, windows[^1].EndToken);
        Assert.All(windows.Zip(windows.Skip(1)), pair => Assert.Equal(pair.First.EndToken, pair.Second.FirstToken));
        Assert.All(windows, w => Assert.InRange(w.Length, 3, maxPieces));
    }

    [Fact]
    public void Build_Packed_CutsOnlyWhereTheUnpackedWindowsAreCut()
    {
        var (tokens, sentences) = Tokenize(Text);

        var unpacked = Build(tokens, sentences, 40, pack: false);
        var packed = Build(tokens, sentences, 40, pack: true);

        Assert.True(packed.Count < unpacked.Count, "short neighbouring sentences share windows");
        Assert.Subset(unpacked.Select(w => w.EndToken).ToHashSet(), packed.Select(w => w.EndToken).ToHashSet());
        // Each packed window holds whole unpacked windows, and the next one would not have fitted.
        foreach (var window in packed.Take(packed.Count - 1))
        {
            var next = unpacked.First(w => w.FirstToken == window.EndToken);
            Assert.True(window.Length + next.Length - 2 > 40);
        }
    }

    [Fact]
    public void Build_PackedWithAHugeBudget_MakesOneWindowOfTheDocument()
    {
        var (tokens, sentences) = Tokenize(Text);

        var windows = Build(tokens, sentences, 512, pack: true);

        Assert.Single(windows);
        Assert.Equal(Build(tokens, sentences, 512, pack: false).Sum(w => w.Length - 2) + 2, windows[0].Length);
    }

    private static List<(int FirstToken, int EndToken, int Length)> Build(TokenInfo[] tokens, Sentence[] sentences, int maxPieces, bool pack)
    {
        using var stream = File.OpenRead(Path.Combine(TinyTagger.Directory, "vocab.txt"));
        var windows = new EncoderWindows();
        windows.Build(Text, tokens, sentences, new WordPieceTokenizer(WordPieceVocabulary.Read(stream, "vocab.txt")), maxPieces, pack);
        return [.. windows.Windows];
    }

    private static (TokenInfo[] Tokens, Sentence[] Sentences) Tokenize(string text) => TestText.Tokenize(text);
}
