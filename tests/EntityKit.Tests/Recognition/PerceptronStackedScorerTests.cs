using EntityKit.Models.English;
using EntityKit.Recognition;
using EntityKit.Text;

namespace EntityKit.Tests.Recognition;

/// <summary>
/// The stacked tagger's serving (<see cref="PerceptronStackedScorer"/>): the tagger's logits plus a linear layer over
/// the perceptron's clamped, scaled max-marginals.
/// </summary>
public sealed class PerceptronStackedScorerTests
{
    private const string Text = "Barack Obama met Angela Merkel in Berlin on Tuesday. Shares of Apple fell.";

    [Theory]
    [InlineData(0f, 0f)]
    [InlineData(1f, 0f)]
    [InlineData(2.5f, 0.25f)]
    [InlineData(-1f, -3f)]
    public void ScoreTokens_DiagonalLayer_AddsScaledClampedMaxMarginalsAndBias(float diagonal, float bias)
    {
        var model = EnglishModel.Default;
        var l = model.Labels.Count;
        var (tokens, sentences) = Split(Text);
        var weight = new float[l * l];
        for (var y = 0; y < l; y++)
        {
            weight[y * l + y] = diagonal;
        }

        var inner = new ConstantScorer(model.Labels, 0.5f);
        var stacked = new PerceptronStackedScorer(inner, model, weight, Enumerable.Repeat(bias, l).ToArray(), 100f, -3000f);
        var scores = new float[tokens.Length * l];
        var marginals = new float[tokens.Length * l];

        stacked.ScoreTokens(Text, tokens, sentences, scores, CancellationToken.None);
        model.ScoreDocument(Text, tokens, sentences, marginals);

        for (var i = 0; i < scores.Length; i++)
        {
            var expected = 0.5f + diagonal * Math.Max(marginals[i], -3000f) / 100f + bias;
            Assert.Equal(expected, scores[i], 0.001f);
        }
    }

    [Fact]
    public void Constructor_LayerOfTheWrongSize_IsRefused()
    {
        var model = EnglishModel.Default;
        var l = model.Labels.Count;

        Assert.Throws<ArgumentException>(() =>
            new PerceptronStackedScorer(new ConstantScorer(model.Labels, 0f), model, new float[l * (l - 1)], new float[l], 100f, -3000f));
    }

    private static (TokenInfo[] Tokens, Sentence[] Sentences) Split(string text)
    {
        var tokens = new EnglishTokenizer().Tokenize(text);
        var sentences = new List<Sentence>();
        new SentenceSplitter().Split(text, tokens, sentences);
        return (tokens, sentences.ToArray());
    }

    private sealed class ConstantScorer(BilouLabelSet labels, float value) : ITokenLabelScorer
    {
        public BilouLabelSet Labels => labels;

        public void ScoreTokens(
            ReadOnlySpan<char> text, ReadOnlySpan<TokenInfo> tokens, ReadOnlySpan<Sentence> sentences, Span<float> scores,
            CancellationToken cancellationToken) => scores[..(tokens.Length * labels.Count)].Fill(value);
    }
}
