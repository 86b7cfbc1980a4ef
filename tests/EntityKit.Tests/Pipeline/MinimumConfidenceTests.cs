using EntityKit.Recognition;
using EntityKit.Tests.Fakes;

namespace EntityKit.Tests.Pipeline;

public class MinimumConfidenceTests
{
    private const string Text = "Alvo met Brenn and Corra .";

    public static TheoryData<double, string[]> Thresholds => new()
    {
        { 0, ["Alvo", "Brenn", "Corra"] },
        { 0.3, ["Alvo", "Corra"] },
        { 0.6, ["Corra"] },
        { 0.9, ["Corra"] },
        { 1, [] },
    };

    [Theory]
    [MemberData(nameof(Thresholds))]
    public void Analyze_MinimumConfidence_LeavesOutLessConfidentMentionsAndTheirEntities(double minimum, string[] expected)
    {
        var analysis = Analyzer(new AnalyzerOptions { MinimumConfidence = minimum }).Analyze(new Article("a", Text));

        Assert.Equal(expected, analysis.Mentions.Select(m => m.Text));
        Assert.Equal(expected.Length, analysis.Entities.Length);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    public void MinimumConfidence_OutsideZeroToOne_Throws(double minimum)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new AnalyzerOptions { MinimumConfidence = minimum });
    }

    private static ArticleAnalyzer Analyzer(AnalyzerOptions options)
    {
        var split = new WhitespaceTokenizer();
        return ArticleAnalyzer.CreateBuilder().WithTokenizer(split).WithSentenceSplitter(split).WithOptions(options)
            .AddRecognizer(new FixedConfidenceRecognizer()).Build();
    }

    /// <summary>Tags the tokens "Alvo", "Brenn" and "Corra" as persons with confidences 0.5, 0.2 and 0.95.</summary>
    private sealed class FixedConfidenceRecognizer : IMentionRecognizer
    {
        public string Name => "fixed";

        public MentionSource Source => MentionSource.Model;

        public void Recognize(in RecognitionInput input, List<RecognizedSpan> mentions, CancellationToken cancellationToken)
        {
            for (var i = 0; i < input.Tokens.Length; i++)
            {
                float? confidence = input.Tokens[i].GetText(input.Text) switch
                {
                    "Alvo" => 0.5f,
                    "Brenn" => 0.2f,
                    "Corra" => 0.95f,
                    _ => null,
                };
                if (confidence is { } value)
                {
                    mentions.Add(new RecognizedSpan(i, 1, EntityType.Person, value));
                }
            }
        }
    }
}
