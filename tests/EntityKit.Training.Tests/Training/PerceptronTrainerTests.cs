using EntityKit.Tests.Fakes;
using EntityKit.Evaluation.Ner;
using EntityKit.Recognition;
using EntityKit.Training;

namespace EntityKit.Tests.Training;

public class PerceptronTrainerTests
{
    [Fact]
    public void Train_ToyCorpus_LearnsThePatternOnUnseenNames()
    {
        var model = ToyCorpus.Model;
        var text = "Dr. Zeno Practh flew to Ulmbrak on Monday .";
        var (tokens, sentences) = SimpleTokens(text);
        var mentions = new List<RecognizedSpan>();

        model.Recognize(new RecognitionInput(text, tokens, sentences), mentions, CancellationToken.None);

        var found = mentions.Select(m => (Text: Join(text, tokens, m), m.Type.Name)).ToList();
        Assert.Contains(("Zeno Practh", "PERSON"), found);
        Assert.Contains(("Monday", "DATE"), found);
    }

    [Fact]
    public void Train_ToyCorpus_ScoresItsOwnTrainingDataPerfectly()
    {
        var report = NerEvaluator.EvaluateTokens(ToyCorpus.Documents(), ToyCorpus.Model, NerTypeMapping.OntoNotes18);

        Assert.Equal(1.0, report.Micro.F1, 3);
    }

    [Fact]
    public void Train_SameSeed_GivesByteIdenticalModels()
    {
        var first = Serialize(ToyCorpus.Train(seed: 3));
        var second = Serialize(ToyCorpus.Train(seed: 3));

        Assert.Equal(first, second);
    }

    public static TheoryData<string> RegularisingOptions => new() { "margin", "feature dropout" };

    [Theory]
    [MemberData(nameof(RegularisingOptions))]
    public void Train_RegularisingOption_IsDeterministicChangesTheModelAndStillLearnsThePattern(string option)
    {
        var documents = ToyCorpus.TrainingDocuments();
        var plain = new TrainingOptions { Epochs = 10, Seed = 5, PruneThreshold = 0f, MarginCost = 0 };
        var varied = option == "margin" ? plain with { MarginCost = 20 } : plain with { FeatureDropout = 0.15 };
        NerModel Train(TrainingOptions options) => new PerceptronTrainer(options).Train(documents);

        var model = Train(varied);

        Assert.Equal(Serialize(model), Serialize(Train(varied)));
        Assert.NotEqual(Serialize(model), Serialize(Train(plain)));
        Assert.Equal(1.0, NerEvaluator.EvaluateTokens(ToyCorpus.Documents(), model, NerTypeMapping.OntoNotes18).Micro.F1, 3);
    }

    [Fact]
    public void Train_MarginCost_CountsNarrowWinsAsErrorsSoTrainingKeepsUpdating()
    {
        var documents = ToyCorpus.TrainingDocuments();
        int LastEpochErrors(int margin)
        {
            var reports = new List<EpochReport>();
            new PerceptronTrainer(new TrainingOptions { Epochs = 6, Seed = 2, PruneThreshold = 0f, MarginCost = margin })
                .Train(documents, progress: new InlineProgress(reports.Add));
            return reports[^1].SentenceErrors;
        }

        Assert.Equal(0, LastEpochErrors(0));
        Assert.True(LastEpochErrors(1_000_000) > 0, "a margin no weight can reach keeps every sentence wrong");
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    public void Constructor_FeatureDropoutOutsideZeroToOne_ThrowsNamingIt(double dropout)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new PerceptronTrainer(new TrainingOptions { FeatureDropout = dropout }));

        Assert.Contains("FeatureDropout", error.Message);
    }

    [Fact]
    public void Train_CharacterTrigrams_AreRecordedInTheModelAndSurviveSaving()
    {
        var model = new PerceptronTrainer(new TrainingOptions { Epochs = 4, Seed = 1, PruneThreshold = 0f, CharacterTrigrams = true })
            .Train(ToyCorpus.TrainingDocuments());

        var reloaded = NerModel.Load(new MemoryStream(Serialize(model)));

        Assert.True(reloaded.Extractor.Options.HasFlag(FeatureOptions.CharacterTrigrams));
        Assert.Equal(Serialize(model), Serialize(reloaded));
    }

    [Fact]
    public void Train_MinFeatureCount_LeavesOutFeaturesOfSingleExamplesDeterministicallyAndStillLearnsThePattern()
    {
        var documents = ToyCorpus.TrainingDocuments();
        var plain = new TrainingOptions { Epochs = 10, Seed = 5, PruneThreshold = 0f };
        NerModel Train(TrainingOptions options) => new PerceptronTrainer(options).Train(documents);

        var all = Train(plain);
        var cut = Train(plain with { MinFeatureCount = 2 });

        Assert.True(cut.FeatureCount < all.FeatureCount, $"{cut.FeatureCount} features with the cutoff, {all.FeatureCount} without");
        Assert.Equal(Serialize(cut), Serialize(Train(plain with { MinFeatureCount = 2 })));
        Assert.Equal(Serialize(all), Serialize(Train(plain with { MinFeatureCount = 1 })));
        Assert.Equal(1.0, NerEvaluator.EvaluateTokens(ToyCorpus.Documents(), cut, NerTypeMapping.OntoNotes18).Micro.F1, 3);
    }

    [Fact]
    public void Constructor_MinFeatureCountBelowOne_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new PerceptronTrainer(new TrainingOptions { MinFeatureCount = 0 }));

        Assert.Contains("MinFeatureCount", error.Message);
    }

    [Fact]
    public void Constructor_NegativeMarginCost_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new PerceptronTrainer(new TrainingOptions { MarginCost = -1 }));

        Assert.Contains("MarginCost", error.Message);
    }

    [Fact]
    public void Train_WithDevSet_ReportsEveryEpochAndMarksABest()
    {
        var reports = new List<EpochReport>();
        var documents = ToyCorpus.TrainingDocuments();

        new PerceptronTrainer(new TrainingOptions { Epochs = 4, Seed = 1 })
            .Train(documents, documents, new InlineProgress(reports.Add));

        Assert.Equal([1, 2, 3, 4], reports.Select(r => r.Epoch));
        Assert.Contains(reports, r => r.IsBest);
        Assert.All(reports, r => Assert.InRange(r.DevF1, 0, 1));
    }

    internal static (TokenInfo[] Tokens, Sentence[] Sentences) SimpleTokens(string text) =>
        WhitespaceTokenizer.TokenizeAndSplit(text);

    private static string Join(string text, TokenInfo[] tokens, RecognizedSpan m) =>
        text[tokens[m.FirstToken].Start..tokens[m.EndToken - 1].End];

    private static byte[] Serialize(NerModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }

    private sealed class InlineProgress(Action<EpochReport> action) : IProgress<EpochReport>
    {
        public void Report(EpochReport value) => action(value);
    }
}
