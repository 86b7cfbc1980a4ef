using System.CommandLine;
using System.Globalization;
using EntityKit.Corpora;
using EntityKit.Recognition;
using EntityKit.Text;
using EntityKit.Training;

namespace EntityKit.Cli.Commands;

/// <summary>
/// <c>entitykit average --models A.ekm,B.ekm[,…] --out MODEL [--prune W] [--dev FILE.bio]</c>: averages the weights of
/// models trained with one configuration and different seeds; with <c>--dev</c>, re-fits the confidences there.
/// </summary>
internal sealed class AverageCommand : ICliCommand
{
    private readonly Option<string> _models = new("--models")
    {
        Description = "Two or more models of one training configuration (different seeds), comma-separated.",
        HelpName = "MODEL,MODEL[,...]",
        Required = true,
    };

    private readonly Option<string> _out = new("--out")
    {
        Description = "Where to write the averaged model.",
        HelpName = "MODEL",
        Required = true,
    };

    private readonly Option<float> _prune = new("--prune")
    {
        Description = "Drop averaged weights smaller than this in magnitude.",
        DefaultValueFactory = _ => new TrainingOptions().PruneThreshold,
        HelpName = "W",
    };

    private readonly Option<string?> _dev = new("--dev")
    {
        Description = "Development corpus (BIO) on which to re-fit the averaged model's confidences.",
        HelpName = "FILE.bio",
    };

    public Command Create(CliContext context)
    {
        var command = new Command("average", "Average the weights of models trained with different seeds into one model.") { _models, _out, _prune, _dev };
        command.SetAction((parseResult, cancellationToken) => Task.FromResult(Run(parseResult, context)));
        return command;
    }

    private int Run(ParseResult parseResult, CliContext context)
    {
        var paths = parseResult.GetRequiredValue(_models).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var devPath = parseResult.GetValue(_dev);
        NerModel averaged;
        try
        {
            var models = paths.Select(NerModel.Load).ToList();
            var description = $"entitykit average --models {string.Join(',', paths.Select(Path.GetFileName))} --prune {parseResult.GetValue(_prune).ToString(CultureInfo.InvariantCulture)}; first: {models[0].Description}";
            averaged = ModelAveraging.Average(models, parseResult.GetValue(_prune), description);
            if (devPath is not null)
            {
                var prepare = new RawTextDocuments(new EnglishTokenizer(), new SentenceSplitter(), averaged.Labels);
                averaged = ConfidenceCalibration.Recalibrate(averaged, BioReader.ReadFile(devPath).Select(prepare.Create).ToList());
            }
        }
        catch (Exception exception) when (exception is ModelFormatException or FileNotFoundException or BioFormatException or ArgumentException)
        {
            throw new CliUsageException(exception.Message, exception);
        }

        var outPath = parseResult.GetRequiredValue(_out);
        averaged.Save(outPath);
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Averaged {paths.Length} models: {averaged.FeatureCount:N0} features, {averaged.WeightCount:N0} weights{(devPath is null ? string.Empty : "; confidences re-fitted on " + Path.GetFileName(devPath))}. Wrote {outPath}."));
        return ExitCodes.Success;
    }
}
