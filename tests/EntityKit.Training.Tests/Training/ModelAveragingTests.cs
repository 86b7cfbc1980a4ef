using EntityKit.Evaluation.Ner;
using EntityKit.Recognition;
using EntityKit.Training;

namespace EntityKit.Tests.Training;

public class ModelAveragingTests
{
    [Fact]
    public void Average_RunsWithDifferentSeeds_StillLearnsThePattern()
    {
        var averaged = ModelAveraging.Average([ToyCorpus.Train(seed: 1), ToyCorpus.Train(seed: 2), ToyCorpus.Train(seed: 3)], 0f, "toy average");

        var report = NerEvaluator.EvaluateTokens(ToyCorpus.Documents(), averaged, NerTypeMapping.OntoNotes18);

        Assert.Equal(1.0, report.Micro.F1, 3);
        Assert.Equal("toy average", averaged.Description);
    }

    [Fact]
    public void Average_OneModelTwice_PredictsLikeThatModel()
    {
        var model = ToyCorpus.Train(seed: 1);
        var averaged = ModelAveraging.Average([model, model], 0f, "same");
        const string text = "Dr. Zeno Practh flew to Ulmbrak on Monday .";
        var (tokens, sentences) = PerceptronTrainerTests.SimpleTokens(text);

        Assert.Equal(Recognize(model, text, tokens, sentences), Recognize(averaged, text, tokens, sentences));
        Assert.Equal(model.WeightCount, averaged.WeightCount);
    }

    [Fact]
    public void Average_PruningThreshold_DropsSmallAveragedWeights()
    {
        NerModel[] models = [ToyCorpus.Train(seed: 1), ToyCorpus.Train(seed: 2)];

        var all = ModelAveraging.Average(models, 0f, "all");
        var pruned = ModelAveraging.Average(models, 1f, "pruned");

        Assert.True(pruned.WeightCount < all.WeightCount, $"{pruned.WeightCount} < {all.WeightCount}");
    }

    [Fact]
    public void Average_SingleModel_IsRejected()
    {
        var exception = Assert.Throws<ArgumentException>(() => ModelAveraging.Average([ToyCorpus.Model], 0f, "one"));

        Assert.Contains("at least two", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Average_ModelsWithDifferentHashSeeds_AreRejectedWithTheReason()
    {
        var other = new PerceptronTrainer(new TrainingOptions { Epochs = 2, HashSeed = 42 }).Train(ToyCorpus.TrainingDocuments(), null);

        var exception = Assert.Throws<ArgumentException>(() => ModelAveraging.Average([ToyCorpus.Model, other], 0f, "mixed"));

        Assert.Contains("Model 2", exception.Message, StringComparison.Ordinal);
    }

    private static List<RecognizedSpan> Recognize(NerModel model, string text, TokenInfo[] tokens, Sentence[] sentences)
    {
        var mentions = new List<RecognizedSpan>();
        model.Recognize(new RecognitionInput(text, tokens, sentences), mentions, CancellationToken.None);
        return mentions;
    }
}
