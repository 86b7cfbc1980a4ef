using EntityKit.Recognition;

namespace EntityKit.Training;

/// <summary>
/// Fits how a mention's score margin becomes a confidence (Platt scaling): the slope and bias of a logistic regression
/// of "the mention is exactly right" on the margin, over the development set's predicted mentions. Training does this
/// at its end; call <see cref="Recalibrate"/> after changing a model's data (for example after fine-tuning).
/// </summary>
public static class ConfidenceCalibration
{
    private const int MaxNewtonSteps = 50;
    private const int ReliabilityBins = 10;

    /// <summary>A copy of <paramref name="model"/> whose confidences are fitted on <paramref name="development"/>; the
    /// labels it predicts do not change.</summary>
    /// <param name="model">The model.</param>
    /// <param name="development">Documents with gold labels, prepared as for training.</param>
    /// <exception cref="ArgumentException"><paramref name="development"/> is empty.</exception>
    public static NerModel Recalibrate(NerModel model, IReadOnlyList<TrainingDocument> development)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(development);
        if (development.Count == 0)
        {
            throw new ArgumentException("Calibration needs at least one development document.", nameof(development));
        }

        return model.WithConfidence(Fit(model, development));
    }

    /// <summary>
    /// How well <paramref name="model"/>'s confidences match reality on <paramref name="development"/>: the expected
    /// calibration error over ten equal-width bins (0 is perfect) and the share of predicted mentions that are right.
    /// </summary>
    /// <param name="model">The model.</param>
    /// <param name="development">Documents with gold labels, prepared as for training.</param>
    public static CalibrationReport Measure(NerModel model, IReadOnlyList<TrainingDocument> development)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(development);
        var (margins, correct) = CollectMargins(model, development);
        var count = new int[ReliabilityBins];
        var confidenceSum = new double[ReliabilityBins];
        var correctSum = new int[ReliabilityBins];
        var totalConfidence = 0.0;
        for (var i = 0; i < margins.Count; i++)
        {
            var confidence = model.Confidence.Compute(margins[i]);
            totalConfidence += confidence;
            var bin = Math.Min(ReliabilityBins - 1, (int)(confidence * ReliabilityBins));
            count[bin]++;
            confidenceSum[bin] += confidence;
            correctSum[bin] += correct[i] ? 1 : 0;
        }

        var error = 0.0;
        for (var bin = 0; bin < ReliabilityBins; bin++)
        {
            if (count[bin] > 0)
            {
                error += Math.Abs(confidenceSum[bin] - correctSum[bin]) / Math.Max(1, margins.Count);
            }
        }

        var mean = margins.Count == 0 ? 0 : totalConfidence / margins.Count;
        var accuracy = margins.Count == 0 ? 0 : correct.Count(c => c) / (double)margins.Count;
        return new CalibrationReport(margins.Count, accuracy, mean, error);
    }

    /// <summary>Fits the calibration of <paramref name="model"/> on <paramref name="dev"/>; with <paramref name="types"/>,
    /// only on predicted mentions of those type indices (the types the development data annotates).</summary>
    internal static ConfidenceModel Fit(NerModel model, IReadOnlyList<TrainingDocument> dev, IReadOnlySet<int>? types = null)
    {
        var (margins, correct) = CollectMargins(model, dev, types);
        return FitLogistic(margins, correct);
    }

    /// <summary>The margin of every predicted mention of <paramref name="dev"/> (of <paramref name="types"/> when set)
    /// and whether it matches a gold mention exactly.</summary>
    internal static (List<float> Margins, List<bool> Correct) CollectMargins(
        NerModel model, IReadOnlyList<TrainingDocument> dev, IReadOnlySet<int>? types = null)
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
                var typeIndex = model.Labels.IndexOf(m.Type);
                if (types is not null && !types.Contains(typeIndex))
                {
                    continue;
                }

                margins.Add(documentMargins[i]);
                correct.Add(gold.Contains((m.FirstToken, m.EndToken, typeIndex)));
            }
        }

        return (margins, correct);
    }

    /// <summary>
    /// Maximum-likelihood logistic regression with one input and a bias, by Newton's method on the standardised input
    /// (with a tiny ridge so that separable data still converges).
    /// </summary>
    internal static ConfidenceModel FitLogistic(IReadOnlyList<float> margins, IReadOnlyList<bool> correct)
    {
        if (margins.Count == 0)
        {
            return ConfidenceModel.Unfitted;
        }

        var mean = margins.Average(m => (double)m);
        var spread = Math.Sqrt(margins.Average(m => (m - mean) * (m - mean)));
        if (!(spread > 0))
        {
            spread = 1;
        }

        double a = 0, b = 0;
        const double ridge = 1e-6;
        for (var step = 0; step < MaxNewtonSteps; step++)
        {
            double ga = -ridge * a, gb = 0, haa = ridge, hab = 0, hbb = 0;
            for (var i = 0; i < margins.Count; i++)
            {
                var x = (margins[i] - mean) / spread;
                var p = 1.0 / (1.0 + Math.Exp(-((a * x) + b)));
                var residual = (correct[i] ? 1.0 : 0.0) - p;
                var w = Math.Max(p * (1 - p), 1e-12);
                ga += residual * x;
                gb += residual;
                haa += w * x * x;
                hab += w * x;
                hbb += w;
            }

            var determinant = (haa * hbb) - (hab * hab);
            if (!(determinant > 0))
            {
                break;
            }

            var da = ((hbb * ga) - (hab * gb)) / determinant;
            var db = ((haa * gb) - (hab * ga)) / determinant;
            a += da;
            b += db;
            if (Math.Abs(da) < 1e-9 && Math.Abs(db) < 1e-9)
            {
                break;
            }
        }

        // logistic(a (m - mean) / spread + b) = logistic(slope m + bias)
        var slope = a / spread;
        var bias = b - (a * mean / spread);
        return new ConfidenceModel((float)slope, (float)bias);
    }
}

/// <summary>How well a model's confidences match reality on development data.</summary>
/// <param name="Mentions">Predicted mentions scored.</param>
/// <param name="Accuracy">Share of them that match a gold mention exactly.</param>
/// <param name="MeanConfidence">Their mean confidence; close to <paramref name="Accuracy"/> when calibrated.</param>
/// <param name="ExpectedCalibrationError">Mean gap between confidence and accuracy over ten confidence bins, weighted by
/// bin size (0 is perfect).</param>
public sealed record CalibrationReport(int Mentions, double Accuracy, double MeanConfidence, double ExpectedCalibrationError);
