using EntityKit.Evaluation.Extraction;

namespace EntityKit.Tests.Evaluation.Extraction;

/// <summary>The port of the article-extraction benchmark's scorer, on cases small enough to count by hand (the
/// expected values were also checked once against <c>evaluate.py</c> itself).</summary>
public sealed class ShingleScorerTests
{
    [Fact]
    public void Tokenize_LikePythonWordRegex_SplitsAtApostrophesDashesAndCombiningMarks()
    {
        var tokens = ShingleScorer.Tokenize("Don't stop—it's 2019_x ½ cafe\u0301 Ⅻ 東京");

        Assert.Equal(["Don", "t", "stop", "it", "s", "2019_x", "½", "cafe", "Ⅻ", "東京"], tokens);
    }

    [Fact]
    public void Match_OneOfTwoShinglesWrong_CountsOneThirdEach()
    {
        // truth shingles: (a b c d) (b c d e); predicted: (a b c d) (b c d x) -> tp 1, fp 1, fn 1, normalised.
        var match = ShingleScorer.Match("a b c d e", "a b c d x");

        Assert.Equal(1.0 / 3, match.TruePositive, 12);
        Assert.Equal(1.0 / 3, match.FalsePositive, 12);
        Assert.Equal(1.0 / 3, match.FalseNegative, 12);
        Assert.Equal(0.5, match.Precision, 12);
        Assert.Equal(0.5, match.Recall, 12);
        Assert.False(match.ExactMatch);
    }

    [Fact]
    public void Match_TextShorterThanAShingle_IsOneShingleOfAllItsTokens()
    {
        var match = ShingleScorer.Match("Hi there", "Hi, there!");

        Assert.Equal(new ShingleMatch(1, 0, 0, ExactMatch: true), match);
    }

    [Fact]
    public void Match_RepeatedShingles_CountWithMultiplicity()
    {
        // truth: (w w w w) once; predicted: (w w w w) three times -> tp 1, fp 2.
        var match = ShingleScorer.Match("w w w w", "w w w w w w");

        Assert.Equal(1.0 / 3, match.Precision, 12);
        Assert.Equal(1.0, match.Recall, 12);
    }

    [Fact]
    public void Score_AveragesPrecisionOverPagesWithPredictionsAndRecallOverPagesWithTruth()
    {
        var matches = new[]
        {
            ShingleScorer.Match("a b c d e", "a b c d x"),   // P 0.5, R 0.5
            ShingleScorer.Match("Hi there", "Hi there"),      // P 1, R 1
            ShingleScorer.Match("one two three four five", ""), // nothing predicted: recall 0, no precision
        };

        var score = ShingleScorer.Score(matches);

        Assert.Equal(3, score.Pages);
        Assert.Equal(0.75, score.Precision, 12);
        Assert.Equal(0.5, score.Recall, 12);
        Assert.Equal(0.6, score.F1, 12);
        Assert.Equal(1.0 / 3, score.Accuracy, 12);
    }

    [Fact]
    public void Score_NoPageWithPredictions_Throws()
    {
        Assert.Throws<ArgumentException>(() => ShingleScorer.Score([ShingleScorer.Match("some true text here", "")]));
    }
}
