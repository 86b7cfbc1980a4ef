using System.CommandLine;
using System.Globalization;
using EntityKit.Articles;
using EntityKit.Evaluation.Extraction;

namespace EntityKit.Cli.Commands;

/// <summary>
/// <c>entitykit eval-extraction --pages DIR --truth FILE</c>: extracts the article body of every benchmark page the way
/// the analyzer sees it (<see cref="ArticleBody.FromHtml"/>) and prints the benchmark's token-shingle precision, recall
/// and F1, with the worst pages; <c>--output</c> writes the bodies in the format the benchmark's own scorer reads.
/// </summary>
internal sealed class EvalExtractionCommand : ICliCommand
{
    private readonly Option<string> _pages = new("--pages")
    {
        Description = "The folder of pages: ID.html.gz (or ID.html) for every id of the ground truth.",
        HelpName = "DIR",
        Required = true,
    };

    private readonly Option<string> _truth = new("--truth")
    {
        Description = "The ground truth: {\"ID\": {\"articleBody\": \"...\", \"url\": \"...\"}, ...}.",
        HelpName = "FILE.json",
        Required = true,
    };

    private readonly Option<string?> _output = new("--output")
    {
        Description = "Also write the extracted bodies as {\"ID\": {\"articleBody\": \"...\"}} (the benchmark's output/NAME.json format).",
        HelpName = "FILE.json",
    };

    private readonly Option<int> _worst = new("--worst")
    {
        Description = "How many of the lowest-scoring pages to list.",
        DefaultValueFactory = _ => 10,
        HelpName = "N",
    };

    public EvalExtractionCommand()
    {
        _worst.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
            {
                result.AddError("--worst must not be negative.");
            }
        });
    }

    public Command Create(CliContext context)
    {
        var command = new Command("eval-extraction", "Score article-body extraction from HTML against a benchmark's ground truth (token-shingle P/R/F1).")
        {
            _pages, _truth, _output, _worst,
        };
        command.SetAction(parseResult => Run(parseResult, context));
        return command;
    }

    private int Run(ParseResult parseResult, CliContext context)
    {
        var pagesDirectory = parseResult.GetRequiredValue(_pages);
        var truthPath = parseResult.GetRequiredValue(_truth);
        if (!Directory.Exists(pagesDirectory))
        {
            throw new CliUsageException($"'{pagesDirectory}' is not a folder.");
        }

        if (!File.Exists(truthPath))
        {
            throw new CliUsageException($"'{truthPath}' does not exist.");
        }

        IReadOnlyList<PageExtraction> results;
        try
        {
            var pages = ExtractionBenchmark.Load(pagesDirectory, truthPath);
            results = ExtractionBenchmark.Run(pages, (html, url) => ArticleBody.FromHtml(html, new HtmlArticleOptions { Url = url }));
        }
        catch (BenchmarkFormatException exception)
        {
            throw new CliUsageException(exception.Message, exception);
        }

        if (parseResult.GetValue(_output) is { } outputPath)
        {
            ExtractionBenchmark.WritePredictions(results, outputPath);
        }

        Print(results, parseResult.GetValue(_worst), context.Out);
        return ExitCodes.Success;
    }

    private static void Print(IReadOnlyList<PageExtraction> results, int worst, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        var score = ShingleScorer.Score(results.Select(r => r.Match).ToList());
        output.WriteLine(string.Create(c, $"Pages: {score.Pages}"));
        output.WriteLine(string.Create(c, $"F1 {score.F1:0.000}  precision {score.Precision:0.000}  recall {score.Recall:0.000}  exact {score.Accuracy:0.000}"));
        if (worst == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine("Lowest-scoring pages (F1, precision, recall, id):");
        foreach (var result in results.OrderBy(r => r.Match.F1).ThenBy(r => r.Page.Id, StringComparer.Ordinal).Take(worst))
        {
            var m = result.Match;
            output.WriteLine(string.Create(c, $"  {m.F1:0.000}  {m.Precision:0.000}  {m.Recall:0.000}  {result.Page.Id}"));
        }
    }
}
