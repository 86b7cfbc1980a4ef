using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using EntityKit.Corpora;
using EntityKit.Evaluation.Ner;
using EntityKit.Models.English;
using EntityKit.Recognition;

namespace EntityKit.Cli.Commands;

/// <summary>
/// <c>entitykit eval --gold FILE.bio [--model MODEL] [--mode raw|tokens] [--map onto18|coarse] [--json]</c>: scores a
/// model against a gold corpus at entity level (exact span and type): precision, recall and F1 per type and micro,
/// the worst types and the most frequent type confusions. <c>raw</c> runs the whole analyzer on the detokenized
/// text; <c>tokens</c> labels the gold tokens.
/// </summary>
internal sealed class EvalCommand : ICliCommand
{
    private readonly Option<string> _gold = new("--gold")
    {
        Description = "The gold corpus (BIO).",
        HelpName = "FILE.bio",
        Required = true,
    };

    private readonly Option<string?> _model = new("--model")
    {
        Description = "A model file written by 'entitykit train'; 'accurate' (the embedded encoder tagger combined with the perceptron in the English pipeline) or 'accurate-tagger' (the tagger alone), another tagger with --accurate-model DIR; the embedded English model when omitted.",
        HelpName = "MODEL",
    };

    private readonly Option<string> _mode = new("--mode")
    {
        Description = "raw: run the whole analyzer on the detokenized text and match character spans; tokens: label the gold tokens.",
        DefaultValueFactory = _ => "raw",
        HelpName = "raw|tokens",
    };

    private readonly Option<string> _map = new("--map")
    {
        Description = "onto18: the 18 OntoNotes types; coarse: PER/ORG/LOC only (GPE, LOC and FAC count as LOC; MISC ignored).",
        DefaultValueFactory = _ => "onto18",
        HelpName = "onto18|coarse",
    };

    private readonly Option<bool> _json = new("--json")
    {
        Description = "Write the scores as one JSON object.",
    };

    private readonly Option<string?> _errors = new("--errors")
    {
        Description = "Also write every disagreement (missed, spurious, wrong type, wrong span) with its context to this TSV file.",
        HelpName = "FILE.tsv",
    };

    private readonly Option<bool> _noConsistency = new("--no-type-consistency")
    {
        Description = "raw mode: turn off the article-level type consistency step, to measure what it does.",
    };

    private readonly Option<double> _minConfidence = new("--min-confidence")
    {
        Description = "raw mode: leave out mentions less confident than this (0 to 1), as AnalyzerOptions.MinimumConfidence does.",
        DefaultValueFactory = _ => 0,
    };

    private readonly Option<string> _edges = new("--edges")
    {
        Description = "raw mode: where possessives and currency signs go: 'as-trained' (the default; as OntoNotes gold marks them) or 'reader' (the analyzer's default: \"Stanford University\" without 's, \"$1,000\" with its sign).",
        DefaultValueFactory = _ => "as-trained",
    };

    private readonly AccurateModelArguments _accurate = new();

    public EvalCommand()
    {
        _edges.AcceptOnlyFromAmong("as-trained", "reader");
        _mode.AcceptOnlyFromAmong("raw", "tokens");
        _map.AcceptOnlyFromAmong("onto18", "coarse");
        _minConfidence.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() is not (>= 0 and <= 1))
            {
                result.AddError("--min-confidence must be between 0 and 1.");
            }
        });
    }

    public Command Create(CliContext context)
    {
        var command = new Command("eval", "Score a named-entity model against a gold BIO corpus (entity-level exact match).")
        {
            _gold, _model, _mode, _map, _json, _errors, _noConsistency, _minConfidence, _edges,
        };
        foreach (var option in _accurate.All)
        {
            command.Options.Add(option);
        }

        command.SetAction((parseResult, cancellationToken) => Task.FromResult(Run(parseResult, context, cancellationToken)));
        return command;
    }

    private int Run(ParseResult parseResult, CliContext context, CancellationToken cancellationToken)
    {
        var goldPath = parseResult.GetRequiredValue(_gold);
        if (!File.Exists(goldPath))
        {
            throw new CliUsageException($"'{goldPath}' does not exist.");
        }

        var modelPath = parseResult.GetValue(_model);
        var mode = parseResult.GetValue(_mode) ?? "raw";
        NerTypeMappings.TryParse(parseResult.GetValue(_map), out var mapping);
        var accurate = AccurateModelArguments.Names(modelPath);
        if (accurate && mode == "tokens")
        {
            throw new CliUsageException("--mode tokens labels gold tokens with a perceptron model; use --mode raw with --model accurate.");
        }

        using var accurateModel = accurate ? _accurate.Load(parseResult) : null;
        NerModel model;
        try
        {
            model = modelPath is null || accurate ? EnglishModel.Default : NerModel.Load(modelPath);
        }
        catch (Exception exception) when (exception is ModelFormatException or FileNotFoundException)
        {
            throw new CliUsageException(exception.Message, exception);
        }

        var stopwatch = Stopwatch.StartNew();
        NerEvaluationReport report;
        var errorsPath = parseResult.GetValue(_errors);
        var board = new NerScoreboard(mapping, recordErrors: errorsPath is not null);
        var options = AnalyzerOptions.Default with
        {
            EnforceTypeConsistency = !parseResult.GetValue(_noConsistency),
            MinimumConfidence = parseResult.GetValue(_minConfidence),
            MentionEdges = parseResult.GetValue(_edges) == "reader" ? MentionEdgeConvention.Reader : MentionEdgeConvention.AsTrained,
        };
        try
        {
            var documents = BioReader.ReadFile(goldPath);
            report = mode == "tokens"
                ? NerEvaluator.EvaluateTokens(documents, model, board, cancellationToken)
                : NerEvaluator.EvaluateRaw(
                    documents,
                    accurateModel is null ? CreateAnalyzer(modelPath, model, options) : AccurateModelArguments.CreateBuilder(modelPath!, accurateModel, options).Build(),
                    board,
                    cancellationToken);
        }
        catch (BioFormatException exception)
        {
            throw new CliUsageException(exception.Message, exception);
        }

        if (errorsPath is not null)
        {
            NerErrorFile.Write(errorsPath, board.Errors);
        }

        if (parseResult.GetValue(_json))
        {
            WriteJson(report, goldPath, modelPath, mode, context.Out);
        }
        else
        {
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Gold: {goldPath} ({report.Documents:N0} documents); model: {(accurateModel is null ? modelPath ?? "embedded English" : AccurateModelArguments.Describe(modelPath!, accurateModel))}; mode {mode}; map {parseResult.GetValue(_map)}{(mode == "raw" ? "; edges " + parseResult.GetValue(_edges) : string.Empty)}{(options.EnforceTypeConsistency ? string.Empty : "; type consistency off")}; {stopwatch.Elapsed.TotalSeconds:F1}s"));
            context.Out.Write(report.ToTable());
        }

        return ExitCodes.Success;
    }

    private static IArticleAnalyzer CreateAnalyzer(string? modelPath, NerModel model, AnalyzerOptions options) =>
        modelPath is null
            ? EnglishArticleAnalyzer.Create(options)
            : ArticleAnalyzer.CreateBuilder().WithOptions(options).AddRecognizer(model).Build();

    private static void WriteJson(NerEvaluationReport report, string goldPath, string? modelPath, string mode, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("gold", goldPath);
            json.WriteString("model", modelPath ?? "embedded");
            json.WriteString("mode", mode);
            json.WriteString("map", report.Mapping == NerTypeMapping.Coarse ? "coarse" : "onto18");
            json.WriteNumber("documents", report.Documents);
            json.WritePropertyName("micro");
            WriteScore(json, report.Micro);
            json.WriteStartObject("types");
            foreach (var type in report.Types)
            {
                json.WritePropertyName(type.Type);
                WriteScore(json, type);
            }

            json.WriteEndObject();
            json.WriteStartArray("confusions");
            foreach (var confusion in report.Confusions)
            {
                json.WriteStartObject();
                json.WriteString("gold", confusion.Gold);
                json.WriteString("predicted", confusion.Predicted);
                json.WriteNumber("count", confusion.Count);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteNumber("boundaryErrors", report.BoundaryErrors);
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteScore(Utf8JsonWriter json, TypeScore score)
    {
        json.WriteStartObject();
        json.WriteNumber("precision", Math.Round(score.Precision, 4));
        json.WriteNumber("recall", Math.Round(score.Recall, 4));
        json.WriteNumber("f1", Math.Round(score.F1, 4));
        json.WriteNumber("gold", score.Gold);
        json.WriteNumber("predicted", score.Predicted);
        json.WriteNumber("correct", score.Correct);
        json.WriteEndObject();
    }
}
