using System.CommandLine;
using System.Globalization;
using EntityKit.Corpora;
using EntityKit.Models.English;
using EntityKit.Recognition;
using EntityKit.Text;
using EntityKit.Training;

namespace EntityKit.Cli.Commands;

/// <summary>
/// <c>entitykit calibrate --dev FILE.bio --out MODEL [--model MODEL]</c>: re-fits how a model's score margins become
/// confidences, on development data, without changing what it predicts; prints the calibration before and after.
/// </summary>
internal sealed class CalibrateCommand : ICliCommand
{
    private readonly Option<string> _dev = new("--dev")
    {
        Description = "Development corpus (BIO) with gold labels to fit on.",
        HelpName = "FILE.bio",
        Required = true,
    };

    private readonly Option<string?> _model = new("--model")
    {
        Description = "The model to calibrate (default: the embedded English model).",
        HelpName = "MODEL",
    };

    private readonly Option<string> _out = new("--out")
    {
        Description = "Where to write the calibrated model.",
        HelpName = "MODEL",
        Required = true,
    };

    public Command Create(CliContext context)
    {
        var command = new Command("calibrate", "Fit a model's confidences on development data (predictions unchanged).") { _dev, _model, _out };
        command.SetAction((parseResult, cancellationToken) => Task.FromResult(Run(parseResult, context)));
        return command;
    }

    private int Run(ParseResult parseResult, CliContext context)
    {
        var devPath = parseResult.GetRequiredValue(_dev);
        if (!File.Exists(devPath))
        {
            throw new CliUsageException($"'{devPath}' does not exist.");
        }

        var modelPath = parseResult.GetValue(_model);
        NerModel model;
        List<TrainingDocument> development;
        try
        {
            model = modelPath is null ? EnglishModel.Default : NerModel.Load(modelPath);
            var prepare = new RawTextDocuments(new EnglishTokenizer(), new SentenceSplitter(), model.Labels);
            development = BioReader.ReadFile(devPath).Select(prepare.Create).ToList();
        }
        catch (Exception exception) when (exception is ModelFormatException or FileNotFoundException or BioFormatException)
        {
            throw new CliUsageException(exception.Message, exception);
        }

        var before = ConfidenceCalibration.Measure(model, development);
        var calibrated = ConfidenceCalibration.Recalibrate(model, development);
        var after = ConfidenceCalibration.Measure(calibrated, development);
        var outPath = parseResult.GetRequiredValue(_out);
        calibrated.Save(outPath);

        var c = CultureInfo.InvariantCulture;
        context.Out.WriteLine(string.Create(c, $"{before.Mentions:N0} predicted mentions, {before.Accuracy:P1} exactly right."));
        context.Out.WriteLine(string.Create(c, $"before: mean confidence {before.MeanConfidence:F3}, expected calibration error {before.ExpectedCalibrationError:F3}"));
        context.Out.WriteLine(string.Create(c, $"after:  mean confidence {after.MeanConfidence:F3}, expected calibration error {after.ExpectedCalibrationError:F3}"));
        context.Out.WriteLine($"Wrote {outPath}.");
        return ExitCodes.Success;
    }
}
