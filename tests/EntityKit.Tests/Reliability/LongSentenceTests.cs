using EntityKit.Recognition;

namespace EntityKit.Tests.Reliability;

/// <summary>A giant sentence (hostile input without end punctuation) reaches recognizers in pieces of at most 1,024
/// tokens, so a sequence model's per-sentence memory stays bounded; the analysis still reports the true sentence.</summary>
public sealed class LongSentenceTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(1024)]
    [InlineData(1025)]
    [InlineData(100_000)]
    public void Analyze_SentenceOfManyTokens_RecognizersSeePiecesOfAtMost1024TokensCoveringEveryToken(int tokenCount)
    {
        var probe = new SentenceProbe();
        var analyzer = ArticleAnalyzer.CreateBuilder().AddRecognizer(probe).Build();
        var text = string.Join(' ', Enumerable.Repeat("Leeds", tokenCount));

        var analysis = analyzer.Analyze(new Article("long", text));

        Assert.Equal(tokenCount, analysis.Tokens.Length);
        Assert.Single(analysis.Sentences);
        Assert.Equal((tokenCount + 1023) / 1024, probe.Sentences.Count);
        var next = 0;
        foreach (var piece in probe.Sentences)
        {
            Assert.Equal(next, piece.FirstToken);
            Assert.InRange(piece.TokenCount, 1, 1024);
            Assert.Equal(analysis.Tokens[piece.FirstToken].Start, piece.Start);
            Assert.Equal(analysis.Tokens[piece.EndToken - 1].End, piece.End);
            next = piece.EndToken;
        }

        Assert.Equal(tokenCount, next);
    }

    [Fact]
    public void Analyze_ShortSentences_RecognizersSeeThemUnchanged()
    {
        var probe = new SentenceProbe();
        var analyzer = ArticleAnalyzer.CreateBuilder().AddRecognizer(probe).Build();

        var analysis = analyzer.Analyze(new Article("a", "Anna met Leeds. The council agreed! Fine?"));

        Assert.Equal(analysis.Sentences, probe.Sentences);
    }

    private sealed class SentenceProbe : IMentionRecognizer
    {
        public List<Sentence> Sentences { get; } = [];

        public string Name => "sentence-probe";

        public MentionSource Source => MentionSource.Pattern;

        public void Recognize(in RecognitionInput input, List<RecognizedSpan> mentions, CancellationToken cancellationToken) =>
            Sentences.AddRange(input.Sentences);
    }
}
