using System.Collections.Immutable;
using EntityKit.Corpora;
using EntityKit.Evaluation.Tokenization;
using EntityKit.Tests.Fakes;
using EntityKit.Tests.TestSupport;
using EntityKit.Text;
using Xunit.Abstractions;

namespace EntityKit.Tests.Evaluation.Tokenization;

public sealed class TokenizerEvaluatorTests(ITestOutputHelper output)
{
    private static BioDocument Document(params string[] sentences) => new(
        0,
        [.. sentences.Select(s => s.Split(' ').ToImmutableArray()).Select(t => new BioSentence(t, [.. t.Select(_ => "O")]))]);

    [Fact]
    public void Evaluate_TokenizerThatReproducesGold_ScoresPerfectly()
    {
        var docs = new[] { Document("He left .", "She stayed .", "Then silence ."), Document("Iraq 's army won .") };

        var result = TokenizerEvaluator.Evaluate(docs, new EnglishTokenizer(), new SentenceSplitter());

        Assert.Equal(2, result.Documents);
        Assert.Equal(4, result.Sentences);
        Assert.Equal(14, result.GoldTokens);
        Assert.Equal(14, result.MatchedTokens);
        Assert.Equal(1.0, result.TokenAgreement);
        Assert.Equal(2, result.GoldBoundaries);
        Assert.Equal(1.0, result.SentenceF1);
        Assert.Empty(result.TopDisagreements);
    }

    [Fact]
    public void Evaluate_NaiveTokenizer_ReportsItsDisagreementsMostFrequentFirst()
    {
        var docs = new[] { Document("He left .", "Iraq 's army , Iraq 's navy ."), Document("Iraq 's air force .") };

        var result = TokenizerEvaluator.Evaluate(docs, new WhitespaceTokenizer(), new SentenceSplitter(), topErrors: 1);

        Assert.Equal(16, result.GoldTokens);
        Assert.Equal(9, result.PredictedTokens);
        Assert.True(result.TokenAgreement < 1.0);
        var top = Assert.Single(result.TopDisagreements);
        Assert.Equal(new TokenDisagreement("Iraq | 's", "Iraq's", 3), top);
        Assert.Equal(0, result.MatchedBoundaries);
        Assert.Equal(1, result.GoldBoundaries);
        Assert.Equal(0.0, result.SentenceRecall);
    }

    [SharedDataFact("ontonotes5", "dev.bio")]
    public void Evaluate_OntoNotesDev_MeetsTokenAndSentenceTargets()
    {
        var result = TokenizerEvaluator.Evaluate(
            BioReader.ReadFile(SharedData.OntoNotesDev!), new EnglishTokenizer(), new SentenceSplitter(), topErrors: 15);

        output.WriteLine(result.ToString());
        foreach (var d in result.TopDisagreements)
        {
            output.WriteLine($"{d.Count,5}  gold: {d.Gold}    predicted: {d.Predicted}");
        }

        foreach (var error in result.SentenceErrors)
        {
            output.WriteLine(error);
        }

        Assert.True(result.TokenAgreement >= 0.99, $"token agreement {result.TokenAgreement:P2} < 99%");
        Assert.True(result.SentenceF1 >= 0.97, $"sentence F1 {result.SentenceF1:P2} < 97%");
    }
}
