using EntityKit.Corpora;
using EntityKit.Evaluation.Ner;
using EntityKit.Models.English;
using EntityKit.Recognition;
using EntityKit.Tests.TestSupport;
using EntityKit.Training;

namespace EntityKit.Tests.Training;

public class ShippedModelFineTuningTests
{
    [SharedDataFact("ontonotes5", "dev.bio")]
    public void FineTune_ShippedModelOnElevenTickerSentences_LearnsTickersAndKeepsOntoNotesDevWithinOnePoint()
    {
        var baseModel = EnglishModel.Default;
        var texts = TickerFixture.Texts();
        var labels = ModelFineTuner.LabelsFor(baseModel, texts.SelectMany(t => t.Types));

        var result = new ModelFineTuner(new FineTuningOptions()).FineTune(baseModel, labels, [.. texts.Select(t => t.ToTrainingDocument(labels))]);

        Assert.Contains(("$PLNX", "TICKER"), ModelFineTunerTests.Recognize(result.Model, "Investors sold $PLNX on Friday."));
        var before = DevF1(baseModel);
        var after = DevF1(result.Model);
        Assert.InRange(after, before - 0.01, 1.0);
    }

    private static double DevF1(NerModel model) =>
        NerEvaluator.EvaluateRaw(
            BioReader.ReadFile(SharedData.OntoNotesDev!), ArticleAnalyzer.CreateBuilder().AddRecognizer(model).Build(), NerTypeMapping.OntoNotes18)
        .Micro.F1;
}
