using EntityKit.Recognition;
using EntityKit.Training;

namespace EntityKit.Tests.Training;

public sealed class ConfidenceCalibrationTests
{
    [Fact]
    public void FitLogistic_SyntheticMargins_RecoversSlopeAndBias()
    {
        var random = new Random(11);
        var margins = new List<float>();
        var correct = new List<bool>();
        for (var i = 0; i < 20_000; i++)
        {
            var margin = (float)((random.NextDouble() * 20) - 10);
            margins.Add(margin);
            correct.Add(random.NextDouble() < 1 / (1 + Math.Exp(-((0.5 * margin) + 1))));
        }

        var fitted = ConfidenceCalibration.FitLogistic(margins, correct);

        Assert.InRange(fitted.Slope, 0.45f, 0.55f);
        Assert.InRange(fitted.Bias, 0.85f, 1.15f);
    }

    [Fact]
    public void FitLogistic_AllRightRegardlessOfMargin_GivesHighConfidenceEverywhere()
    {
        var margins = Enumerable.Range(-50, 100).Select(m => (float)m).ToList();
        var fitted = ConfidenceCalibration.FitLogistic(margins, margins.Select((_, i) => i % 10 != 0).ToList());

        Assert.All(margins, m => Assert.InRange(fitted.Compute(m), 0.8f, 1f));
    }

    [Fact]
    public void FitLogistic_NoMentions_ReturnsUnfitted() =>
        Assert.Equal(ConfidenceModel.Unfitted, ConfidenceCalibration.FitLogistic([], []));

    [Fact]
    public void Recalibrate_KeepsPredictionsAndMatchesConfidenceToAccuracy()
    {
        var documents = ToyCorpus.TrainingDocuments();
        var model = ToyCorpus.Model.WithConfidence(new ConfidenceModel(0.0001f, -3f));

        var calibrated = ConfidenceCalibration.Recalibrate(model, documents);
        var report = ConfidenceCalibration.Measure(calibrated, documents);

        Assert.Equal(Predictions(model, documents), Predictions(calibrated, documents));
        Assert.True(report.Mentions > 0);
        Assert.InRange(report.MeanConfidence, report.Accuracy - 0.1, report.Accuracy + 0.1);
        Assert.True(report.ExpectedCalibrationError < ConfidenceCalibration.Measure(model, documents).ExpectedCalibrationError);
    }

    [Fact]
    public void Recalibrate_NoDevelopmentDocuments_ThrowsNamingThem() =>
        Assert.Equal("development", Assert.Throws<ArgumentException>(() => ConfidenceCalibration.Recalibrate(ToyCorpus.Model, [])).ParamName);

    [Fact]
    public void SaveAndLoad_KeepsCalibration()
    {
        var model = ToyCorpus.Model.WithConfidence(new ConfidenceModel(0.25f, 1.5f));
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;

        Assert.Equal(new ConfidenceModel(0.25f, 1.5f), NerModel.Load(stream).Confidence);
    }

    private static List<string> Predictions(NerModel model, IReadOnlyList<TrainingDocument> documents)
    {
        var result = new List<string>();
        var mentions = new List<RecognizedSpan>();
        foreach (var document in documents)
        {
            mentions.Clear();
            model.Recognize(new RecognitionInput(document.Text, document.Tokens, document.Sentences), mentions, CancellationToken.None);
            result.AddRange(mentions.Select(m => $"{m.FirstToken}:{m.TokenCount}:{m.Type}"));
        }

        return result;
    }
}
