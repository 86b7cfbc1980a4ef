using EntityKit.Models.English;
using EntityKit.Recognition;
using EntityKit.Text;

namespace EntityKit.Tests.Recognition;

/// <summary>
/// The perceptron's max-marginals (<see cref="NerModel.ScoreDocument"/>, <see cref="MaxMarginals"/>): per token and
/// label, the best valid path through that label minus the best path, in weight units — the perceptron's view of all
/// 73 labels that the accurate tier's stacked tagger reads.
/// </summary>
public sealed class MaxMarginalsTests
{
    public static TheoryData<string> Documents =>
    [
        "Barack Obama met Angela Merkel in Berlin on Tuesday.",
        "The Ministry of Finance said revenue rose 4.5 % to $ 3 billion in the third quarter, Reuters reported.",
        "Shares of Apple Inc. fell in New York. Tim Cook spoke at the United Nations in Geneva for two hours.",
        "no entities here at all",
        "Paris",
    ];

    [Theory]
    [MemberData(nameof(Documents))]
    public void ScoreDocument_EveryToken_ArgmaxIsTheDecodedLabel(string text)
    {
        var (model, labels, scores) = Score(text);
        var l = model.Labels.Count;

        for (var t = 0; t < labels.Length; t++)
        {
            var row = scores.AsSpan(t * l, l);
            Assert.Equal(labels[t], row.IndexOf(Max(row)));
        }
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void ScoreDocument_EveryToken_ScoresAtMostZeroWithMaximumZero(string text)
    {
        var (model, labels, scores) = Score(text);
        var l = model.Labels.Count;

        for (var t = 0; t < labels.Length; t++)
        {
            var row = scores.AsSpan(t * l, l);
            Assert.Equal(0f, Max(row));
            Assert.Equal(0f, row[labels[t]]);
            foreach (var score in row)
            {
                Assert.True(score <= 0f, $"token {t}: {score}");
            }
        }
    }

    [Fact]
    public void ScoreDocument_FirstToken_InsideAndLastLabelsAreUnreachable()
    {
        var (model, _, scores) = Score("Angela Merkel spoke.");
        var inside = BilouLabelSet.Label(model.Labels.IndexOf(EntityType.Person), BilouPart.Inside);

        Assert.Equal(float.NegativeInfinity, scores[inside]);
    }

    [Theory]
    [InlineData(1, 11)]
    [InlineData(2, 12)]
    [InlineData(3, 13)]
    [InlineData(4, 14)]
    [InlineData(4, 15)]
    [InlineData(5, 16)]
    public void Compute_ShortSentence_EqualsBruteForceOverAllValidPaths(int length, int seed)
    {
        var labels = new BilouLabelSet([EntityType.Person, EntityType.Gpe]);
        var l = labels.Count;
        var random = new Random(seed);
        var emissions = Enumerable.Range(0, length * l).Select(_ => random.Next(-50, 50)).ToArray();
        var transitions = Enumerable.Range(0, l * l).Select(_ => random.Next(-50, 50)).ToArray();
        const float scale = 0.5f;
        var scores = new float[length * l];

        new MaxMarginals(labels).Compute(emissions, transitions, length, scale, scores);

        var expected = BruteForce(labels, emissions, transitions, length, scale);
        Assert.Equal(expected, scores);
    }

    private static (NerModel Model, int[] Labels, float[] Scores) Score(string text)
    {
        var model = EnglishModel.Default;
        var tokens = new EnglishTokenizer().Tokenize(text);
        var sentenceList = new List<Sentence>();
        new SentenceSplitter().Split(text, tokens, sentenceList);
        var sentences = sentenceList.ToArray();
        var labels = new int[tokens.Length];
        var scores = new float[tokens.Length * model.Labels.Count];
        model.LabelDocument(text, tokens, sentences, labels);
        model.ScoreDocument(text, tokens, sentences, scores);
        return (model, labels, scores);
    }

    private static float Max(ReadOnlySpan<float> row)
    {
        var max = float.NegativeInfinity;
        foreach (var score in row)
        {
            max = Math.Max(max, score);
        }

        return max;
    }

    /// <summary>Every label sequence of the sentence, the valid ones scored as the decoder scores them.</summary>
    private static float[] BruteForce(BilouLabelSet labels, int[] emissions, int[] transitions, int length, float scale)
    {
        var l = labels.Count;
        var through = Enumerable.Repeat(long.MinValue, length * l).ToArray();
        var best = long.MinValue;
        var sequence = new int[length];
        var total = (int)Math.Pow(l, length);
        for (var code = 0; code < total; code++)
        {
            var c = code;
            for (var t = 0; t < length; t++)
            {
                sequence[t] = c % l;
                c /= l;
            }

            if (!labels.IsValidSequence(sequence))
            {
                continue;
            }

            long score = transitions[BilouLabelSet.Outside * l + sequence[0]] + transitions[sequence[^1] * l + BilouLabelSet.Outside];
            for (var t = 0; t < length; t++)
            {
                score += emissions[t * l + sequence[t]];
                if (t > 0)
                {
                    score += transitions[sequence[t - 1] * l + sequence[t]];
                }
            }

            best = Math.Max(best, score);
            for (var t = 0; t < length; t++)
            {
                through[t * l + sequence[t]] = Math.Max(through[t * l + sequence[t]], score);
            }
        }

        return through.Select(s => s == long.MinValue ? float.NegativeInfinity : (float)((double)(s - best) * scale)).ToArray();
    }
}
