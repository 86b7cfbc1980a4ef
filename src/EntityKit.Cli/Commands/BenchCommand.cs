using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using EntityKit.Cli.Benchmarking;
using EntityKit.Input;

namespace EntityKit.Cli.Commands;

/// <summary>
/// <c>entitykit bench</c>: measures the analyzer's end-to-end throughput on this machine, on invented news articles
/// (<see cref="InventedNews"/>) or on the articles of a .jsonl/.txt file, which are read into memory first so that only
/// the analysis is timed. Prints articles, threads, tokens, mentions, elapsed time, articles/s and tokens/s on stdout.
/// </summary>
internal sealed class BenchCommand : ICliCommand
{
    private const int WarmUpArticles = 50;

    private readonly Option<int> _articles = new("--articles", "-n")
    {
        Description = "How many articles to analyse (with --input: at most this many of the file's; default all of them).",
        HelpName = "N",
    };

    private readonly Option<int> _threads = new("--threads")
    {
        Description = "How many articles to analyse at once; defaults to the number of cores.",
        DefaultValueFactory = _ => Environment.ProcessorCount,
        HelpName = "N",
    };

    private readonly Option<string?> _input = new("--input", "-i")
    {
        Description = "Analyse the articles of this .jsonl or .txt file instead of invented news.",
        HelpName = "FILE",
    };

    private readonly Option<bool> _linkPlaces = new("--link-places")
    {
        Description = "Also link places to GeoNames (as 'analyze --link-places' does), to measure the linker's cost.",
    };

    public BenchCommand()
    {
        foreach (var option in new[] { _articles, _threads })
        {
            option.Validators.Add(result =>
            {
                if (result.GetValueOrDefault<int>() < 1)
                {
                    result.AddError($"{result.Option.Name} must be at least 1.");
                }
            });
        }
    }

    /// <summary>Invented articles analysed when neither --articles nor --input is given.</summary>
    public const int DefaultArticles = 5_000;

    public Command Create(CliContext context)
    {
        var command = new Command("bench", "Measure throughput (articles/s, tokens/s) on invented news or on your own articles.")
        {
            _articles, _threads, _input, _linkPlaces,
        };
        command.SetAction((parseResult, cancellationToken) => Task.FromResult(Run(parseResult, context, cancellationToken)));
        return command;
    }

    private int Run(ParseResult parseResult, CliContext context, CancellationToken cancellationToken)
    {
        var articles = LoadArticles(parseResult, context);
        var threads = parseResult.GetValue(_threads);
        var analyzer = parseResult.GetValue(_linkPlaces)
            ? context.CreateAnalyzerBuilder(new AnalyzerOptions()).WithEntityLinker(Models.English.EnglishGeoData.CreatePlaceLinker()).Build()
            : context.CreateAnalyzer(new AnalyzerOptions());

        // Warm up (model load, JIT) outside the timed run.
        foreach (var _ in analyzer.AnalyzeMany(articles.Take(WarmUpArticles), new BatchOptions { MaxDegreeOfParallelism = threads }, cancellationToken))
        {
        }

        long tokens = 0, mentions = 0, failed = 0;
        var stopwatch = Stopwatch.StartNew();
        foreach (var analysis in analyzer.AnalyzeMany(articles, new BatchOptions { MaxDegreeOfParallelism = threads }, cancellationToken))
        {
            tokens += analysis.Tokens.Length;
            mentions += analysis.Mentions.Length;
            failed += analysis.Error is null ? 0 : 1;
        }

        stopwatch.Stop();
        var seconds = Math.Max(stopwatch.Elapsed.TotalSeconds, 1e-9);
        var culture = CultureInfo.InvariantCulture;
        var output = context.Out;
        output.WriteLine(string.Create(culture, $"articles     {articles.Count:N0}{(failed > 0 ? $" ({failed:N0} failed)" : "")}"));
        output.WriteLine(string.Create(culture, $"threads      {threads}"));
        output.WriteLine(string.Create(culture, $"tokens       {tokens:N0}"));
        output.WriteLine(string.Create(culture, $"mentions     {mentions:N0}"));
        output.WriteLine(string.Create(culture, $"elapsed      {seconds:F2} s"));
        output.WriteLine(string.Create(culture, $"articles/s   {articles.Count / seconds:N0}"));
        output.WriteLine(string.Create(culture, $"tokens/s     {tokens / seconds:N0}"));
        return ExitCodes.Success;
    }

    private List<Article> LoadArticles(ParseResult parseResult, CliContext context)
    {
        var requested = parseResult.GetValue(_articles);
        var input = parseResult.GetValue(_input);
        if (input is null)
        {
            return [.. InventedNews.CreateMany(requested > 0 ? requested : DefaultArticles)];
        }

        if (!File.Exists(input))
        {
            throw new CliUsageException($"'{input}' does not exist.");
        }

        var limit = requested > 0 ? requested : int.MaxValue;
        var articles = new List<Article>();
        foreach (var record in ArticlePathSource.Create([input], recursive: false, context.OpenStandardInput))
        {
            if (articles.Count == limit)
            {
                break;
            }

            if (record.Article is { } article)
            {
                articles.Add(article);
            }
        }

        if (articles.Count == 0)
        {
            throw new CliUsageException($"'{input}' has no articles.");
        }

        return articles;
    }
}
