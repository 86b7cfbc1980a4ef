using System.Runtime.InteropServices;
using EntityKit.Recognition;

namespace EntityKit.Training;

/// <summary>
/// Fits the temperature that turns a mention's score margin into a confidence: the value that maximises the
/// likelihood of "the mention is exactly right" over the development set's predicted mentions.
/// </summary>
internal static class ConfidenceCalibration
{
    public static float FitTemperature(NerModel model, IReadOnlyList<TrainingDocument> dev)
    {
        var margins = new List<float>();
        var correct = new List<bool>();
        var mentions = new List<RecognizedSpan>();
        var documentMargins = new List<float>();
        foreach (var document in dev)
        {
            mentions.Clear();
            documentMargins.Clear();
            var input = new RecognitionInput(document.Text, document.Tokens, document.Sentences);
            model.RecognizeCore(input, mentions, documentMargins, CancellationToken.None);
            var gold = LabelSpanScorer.Spans(document.GoldLabels, document.Sentences);
            for (var i = 0; i < mentions.Count; i++)
            {
                var m = mentions[i];
                margins.Add(documentMargins[i]);
                correct.Add(gold.Contains((m.FirstToken, m.EndToken, model.Labels.IndexOf(m.Type))));
            }
        }

        if (margins.Count == 0)
        {
            return 1f;
        }

        var marginSpan = CollectionsMarshal.AsSpan(margins);
        var bestTemperature = 1f;
        var bestLikelihood = double.NegativeInfinity;
        for (var exponent = -40; exponent <= 60; exponent++)
        {
            var temperature = MathF.Pow(10, exponent / 20f);
            var likelihood = 0.0;
            for (var i = 0; i < marginSpan.Length; i++)
            {
                var p = 1.0 / (1.0 + Math.Exp(-marginSpan[i] / temperature));
                p = Math.Clamp(p, 1e-6, 1 - 1e-6);
                likelihood += correct[i] ? Math.Log(p) : Math.Log(1 - p);
            }

            if (likelihood > bestLikelihood)
            {
                bestLikelihood = likelihood;
                bestTemperature = temperature;
            }
        }

        return bestTemperature;
    }
}
