using EntityKit.Corpora;
using EntityKit.Recognition;
using EntityKit.Text;
using EntityKit.Training;

namespace EntityKit.Tests.Training;

public class ModelFineTunerTests
{
    private static readonly EntityType Ticker = EntityType.FromName("TICKER");

    /// <summary>Settings for the toy base model, whose weights are small: full-size updates, a few more epochs.</summary>
    private static readonly FineTuningOptions Options = new() { Epochs = 6, UpdateSize = 1f, PruneThreshold = 0f, MinCalibrationMentions = 1 };

    [Fact]
    public void LabelsFor_NewType_AppendsItAfterTheBaseTypesKeepingTheirIndices()
    {
        var labels = ModelFineTuner.LabelsFor(ToyCorpus.Model, [Ticker, EntityType.Person]);

        Assert.Equal([.. EntityType.OntoNotes, Ticker], labels.Types.ToArray());
        for (var i = 0; i < BilouLabelSet.OntoNotes.Count; i++)
        {
            Assert.Equal(BilouLabelSet.OntoNotes.NameOf(i), labels.NameOf(i));
        }

        Assert.Equal("U-TICKER", labels.NameOf(BilouLabelSet.Label(18, BilouPart.Unit)));
    }

    [Fact]
    public void LabelsFor_OnlyKnownTypes_KeepsTheBaseLabelSet()
    {
        Assert.Same(ToyCorpus.Model.Labels, ModelFineTuner.LabelsFor(ToyCorpus.Model, [EntityType.Person, EntityType.Date]));
    }

    [Fact]
    public void FineTune_NewType_IsFoundOnUnseenSentencesWhileBaseTypesStillComeOut()
    {
        var result = FineTune(ToyCorpus.Model);

        Assert.Equal([Ticker], result.AddedTypes.ToArray());
        Assert.Equal([Ticker], result.AnnotatedTypes.ToArray());
        Assert.Contains(("$PLNX", "TICKER"), Recognize(result.Model, "Investors sold $PLNX on Friday."));
        Assert.Contains(("$WEXA", "TICKER"), Recognize(result.Model, "Shares of $WEXA rose."));
        var baseSentence = RecognizeWords(result.Model, "Dr. Zeno Practh flew to Ulmbrak on Monday .");
        Assert.Contains(("Zeno Practh", "PERSON"), baseSentence);
        Assert.Contains(("Monday", "DATE"), baseSentence);
    }

    [Fact]
    public void FineTune_ByDefault_MergesTheBaseModelsMentionsOfUnannotatedTypes()
    {
        var result = FineTune(ToyCorpus.Model);
        var unmerged = FineTune(ToyCorpus.Model, Options with { UseBaseLabels = false });

        Assert.True(result.BaseLabelMentions > 0);
        Assert.Equal(0, unmerged.BaseLabelMentions);
    }

    [Fact]
    public void Merge_UserLeftPersonO_GetsTheBaseModelsPersonButKeepsTheUsersTicker()
    {
        var labels = ModelFineTuner.LabelsFor(ToyCorpus.Model, [Ticker]);
        var document = TickerFixture.Texts("""{"text": "Dr. Alvo Brenn sold $QLMT in Qatlan.", "spans": [{"start": 20, "end": 25, "type": "TICKER"}]}""")[0]
            .ToTrainingDocument(labels);
        var added = 0;

        var merged = BaseLabelMerge.Merge(ToyCorpus.Model, document, new HashSet<int> { labels.IndexOf(Ticker) }, ref added);

        var spans = LabelSpanScorer.Spans(merged.GoldLabels, merged.Sentences)
            .Select(s => (merged.Text[merged.Tokens[s.First].Start..merged.Tokens[s.End - 1].End], labels.Types[s.Type].Name))
            .ToList();
        Assert.Contains(("Alvo Brenn", "PERSON"), spans);
        Assert.Contains(("$QLMT", "TICKER"), spans);
        Assert.Equal(spans.Count - 1, added);
    }

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(6, 3, 6)]
    [InlineData(1000, 12, 12)]
    public void FineTune_Rehearsal_MixesInWholeDocumentsUpToTheSentenceCap(int cap, int least, int most)
    {
        var texts = TickerFixture.Texts();
        var labels = ModelFineTuner.LabelsFor(ToyCorpus.Model, texts.SelectMany(t => t.Types));
        var rehearsal = ToyCorpus.TrainingDocuments();

        var result = new ModelFineTuner(Options with { Epochs = 1, RehearsalSentences = cap })
            .FineTune(ToyCorpus.Model, labels, [.. texts.Select(t => t.ToTrainingDocument(labels))], rehearsal: rehearsal);

        Assert.Equal([3, 3, 6], rehearsal.Select(d => d.Sentences.Length));
        Assert.InRange(result.RehearsalSentences, least, most);
    }

    [Fact]
    public void FineTune_LeavesTheBaseModelUnchanged()
    {
        var baseModel = ToyCorpus.Train(seed: 11);
        var before = Serialize(baseModel);

        FineTune(baseModel);

        Assert.Equal(before, Serialize(baseModel));
        Assert.DoesNotContain(Recognize(baseModel, "Investors sold $PLNX on Friday."), m => m.Type == "TICKER");
    }

    [Fact]
    public async Task FineTune_WhileOtherThreadsUseTheBaseModel_TheirResultsDoNotChange()
    {
        var baseModel = ToyCorpus.Train(seed: 5);
        const string sentence = "Dr. Zeno Practh flew to Ulmbrak on Monday .";
        var expected = RecognizeWords(baseModel, sentence);
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            var runs = 0;
            while (!stop.IsCancellationRequested || runs == 0)
            {
                Assert.Equal(expected, RecognizeWords(baseModel, sentence));
                runs++;
            }

            return runs;
        })).ToArray();

        var tuned = FineTune(baseModel);
        stop.Cancel();

        Assert.All(await Task.WhenAll(readers), runs => Assert.True(runs > 0));
        Assert.Contains(Ticker, tuned.Model.Types);
    }

    [Fact]
    public void FineTune_ALoadedModelTwice_SavesAndLoadsEachGeneration()
    {
        var loaded = NerModel.Load(new MemoryStream(Serialize(ToyCorpus.Model)));
        var first = FineTune(loaded).Model;
        var reloaded = NerModel.Load(new MemoryStream(Serialize(first)));
        var exchange = EntityType.FromName("EXCHANGE");
        var texts = TickerFixture.Texts("""
            {"text": "Traders on Borsa Ulmbrak bought $ZKRO.", "spans": [{"start": 11, "end": 24, "type": "EXCHANGE"}, {"start": 32, "end": 37, "type": "TICKER"}]}
            {"text": "Borsa Qatlan listed $TWEX on Monday.", "spans": [{"start": 0, "end": 12, "type": "EXCHANGE"}, {"start": 20, "end": 25, "type": "TICKER"}]}
            {"text": "Borsa Vellora halted $MXLO.", "spans": [{"start": 0, "end": 13, "type": "EXCHANGE"}, {"start": 21, "end": 26, "type": "TICKER"}]}
            """);
        var labels = ModelFineTuner.LabelsFor(reloaded, texts.SelectMany(t => t.Types));

        var second = new ModelFineTuner(Options).FineTune(reloaded, labels, [.. texts.Select(t => t.ToTrainingDocument(labels))]).Model;
        var again = NerModel.Load(new MemoryStream(Serialize(second)));

        Assert.Equal([.. EntityType.OntoNotes, Ticker, exchange], again.Types.ToArray());
        Assert.Equal(Serialize(second), Serialize(again));
        Assert.Contains(("$PLNX", "TICKER"), Recognize(again, "Investors sold $PLNX on Friday."));
    }

    [Fact]
    public void FineTune_WithDevelopmentData_RefitsTheConfidencesElseKeepsTheBaseOnes()
    {
        var labels = ModelFineTuner.LabelsFor(ToyCorpus.Model, [Ticker]);
        var train = TickerFixture.Texts().Select(t => t.ToTrainingDocument(labels)).ToList();
        var dev = TickerFixture.Texts(TickerFixture.DevJsonl).Select(t => t.ToTrainingDocument(labels)).ToList();

        var withDev = new ModelFineTuner(Options).FineTune(ToyCorpus.Model, labels, train, dev);
        var withoutDev = new ModelFineTuner(Options).FineTune(ToyCorpus.Model, labels, train);

        Assert.True(withDev.Recalibrated);
        Assert.False(withoutDev.Recalibrated);
        Assert.Equal(ToyCorpus.Model.Confidence, withoutDev.Model.Confidence);
    }

    [Fact]
    public void ContinueFrom_WithoutUpdates_ReproducesTheBaseWeightsExactly()
    {
        var model = ToyCorpus.Model;
        var weights = PerceptronWeights.ContinueFrom(model, model.Labels, updateSize: 1f);

        var copy = weights.ToModel(model.Labels, model.Extractor, clock: 1, pruneThreshold: 0f, model.Description);

        Assert.Equal(model.Emissions.Keys, copy.Emissions.Keys);
        Assert.Equal(model.Emissions.EntryLabels, copy.Emissions.EntryLabels);
        Assert.Equal(model.Emissions.EntryWeights, copy.Emissions.EntryWeights);
        Assert.Equal(model.Transitions, copy.Transitions);
        Assert.Equal(model.Scale, copy.Scale);
    }

    [Fact]
    public void ContinueFrom_ALabelSetNotStartingWithTheModelsTypes_Throws()
    {
        var labels = new BilouLabelSet([Ticker, .. EntityType.OntoNotes]);

        Assert.Throws<ArgumentException>(() => PerceptronWeights.ContinueFrom(ToyCorpus.Model, labels, 1f));
    }

    internal static FineTuningResult FineTune(NerModel baseModel, FineTuningOptions? options = null)
    {
        var texts = TickerFixture.Texts();
        var labels = ModelFineTuner.LabelsFor(baseModel, texts.SelectMany(t => t.Types));
        return new ModelFineTuner(options ?? Options).FineTune(baseModel, labels, [.. texts.Select(t => t.ToTrainingDocument(labels))]);
    }

    internal static List<(string Text, string Type)> Recognize(NerModel model, string text)
    {
        var tokens = new List<TokenInfo>();
        new EnglishTokenizer().Tokenize(text, tokens);
        var sentences = new List<Sentence>();
        new SentenceSplitter().Split(text, tokens.ToArray(), sentences);
        return Mentions(model, text, [.. tokens], [.. sentences]);
    }

    private static List<(string Text, string Type)> RecognizeWords(NerModel model, string text)
    {
        var (tokens, sentences) = PerceptronTrainerTests.SimpleTokens(text);
        return Mentions(model, text, tokens, sentences);
    }

    private static List<(string Text, string Type)> Mentions(NerModel model, string text, TokenInfo[] tokens, Sentence[] sentences)
    {
        var mentions = new List<RecognizedSpan>();
        model.Recognize(new RecognitionInput(text, tokens, sentences), mentions, CancellationToken.None);
        return mentions.Select(m => (text[tokens[m.FirstToken].Start..tokens[m.EndToken - 1].End], m.Type.Name)).ToList();
    }

    private static byte[] Serialize(NerModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }
}
