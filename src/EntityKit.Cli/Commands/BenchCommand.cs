using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using EntityKit.Cli.Benchmarking;
using EntityKit.Input;

namespace EntityKit.Cli.Commands;

/// <summary>
/// <c>entitykit bench</c>: measures the analyzer's end-to-end throughput on this machine, on invented news articles
/// (<see cref="InventedNews"/>), on the articles of a .jsonl/.txt file, or on the detokenized documents of a BIO corpus
/// (<see cref="BioCorpusArticles"/>: real text, optionally one genre such as newswire), which are read into memory
/// first so that only the analysis is timed. Prints articles, threads, tokens, mentions, elapsed time, articles/s and
/// tokens/s on stdout, then the processor time of the timed run and tokens per processor-second (the figure to
/// compare on a machine shared with other work, where elapsed time depends on the load), and how long creating the
/// analyzer (loading the model) took.
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

    private readonly Option<string?> _bio = new("--bio")
    {
        Description = "Analyse the documents of this BIO corpus, detokenized into running text (real text, e.g. ontonotes5/dev.bio).",
        HelpName = "FILE",
    };

    private readonly Option<string?> _genre = new("--genre")
    {
        Description = "With --bio: only the documents of this genre (e.g. nw for newswire), from the NAME.docs.tsv beside NAME.bio.",
        HelpName = "GENRE",
    };

    private readonly Option<bool> _linkPlaces = new("--link-places")
    {
        Description = "Also link places to GeoNames (as 'analyze --link-places' does), to measure the linker's cost.",
    };

    private readonly Option<string?> _model = new("--model")
    {
        Description = "'accurate' (the embedded encoder tagger combined with the perceptron in the English pipeline) or 'accurate-tagger' (the tagger alone), another tagger with --accurate-model DIR; the embedded English model when omitted.",
        HelpName = "accurate|accurate-tagger",
    };

    private readonly AccurateModelArguments _accurate = new();

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
            _articles, _threads, _input, _bio, _genre, _linkPlaces, _model,
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
        var articles = LoadArticles(parseResult, context);
        var threads = parseResult.GetValue(_threads);
        var loading = Stopwatch.StartNew();
        var model = parseResult.GetValue(_model);
        if (model is not null && !AccurateModelArguments.Names(model))
        {
            throw new CliUsageException($"--model '{model}': bench knows 'accurate' and 'accurate-tagger' (the embedded model when omitted).");
        }

        using var accurate = model is null ? null : _accurate.Load(parseResult);
        var builder = accurate is null
            ? context.CreateAnalyzerBuilder(new AnalyzerOptions())
            : AccurateModelArguments.CreateBuilder(model!, accurate, new AnalyzerOptions());
        var analyzer = parseResult.GetValue(_linkPlaces)
            ? builder.WithEntityLinker(Models.English.EnglishGeoData.CreatePlaceLinker()).Build()
            : accurate is null ? context.CreateAnalyzer(new AnalyzerOptions()) : builder.Build();
        loading.Stop();

        // Warm up (model load, JIT) outside the timed run.
        foreach (var _ in analyzer.AnalyzeMany(articles.Take(WarmUpArticles), new BatchOptions { MaxDegreeOfParallelism = threads }, cancellationToken))
        {
        }

        long tokens = 0, mentions = 0, failed = 0;
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        foreach (var analysis in analyzer.AnalyzeMany(articles, new BatchOptions { MaxDegreeOfParallelism = threads }, cancellationToken))
        {
            tokens += analysis.Tokens.Length;
            mentions += analysis.Mentions.Length;
            failed += analysis.Error is null ? 0 : 1;
        }

        stopwatch.Stop();
        process.Refresh();
        var cpuSeconds = Math.Max((process.TotalProcessorTime - cpuBefore).TotalSeconds, 1e-9);
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
        output.WriteLine(string.Create(culture, $"cpu          {cpuSeconds:F2} s"));
        output.WriteLine(string.Create(culture, $"tokens/cpu-s {tokens / cpuSeconds:N0}"));
        output.WriteLine(string.Create(culture, $"load         {loading.Elapsed.TotalSeconds:F2} s"));
        return ExitCodes.Success;
    }

    private List<Article> LoadArticles(ParseResult parseResult, CliContext context)
    {
        var requested = parseResult.GetValue(_articles);
        var input = parseResult.GetValue(_input);
        var bio = parseResult.GetValue(_bio);
        var genre = parseResult.GetValue(_genre);
        if (input is not null && bio is not null)
        {
            throw new CliUsageException("Give --input or --bio, not both.");
        }

        if (genre is not null && bio is null)
        {
            throw new CliUsageException("--genre needs --bio.");
        }

        if (bio is not null)
        {
            return LoadBioArticles(bio, genre, requested);
        }

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

    private static List<Article> LoadBioArticles(string bio, string? genre, int requested)
    {
        List<Article> articles;
        try
        {
            articles = BioCorpusArticles.Load(bio, genre);
        }
        catch (Exception exception) when (exception is FileNotFoundException or FormatException)
        {
            throw new CliUsageException(exception.Message);
        }

        if (articles.Count == 0)
        {
            throw new CliUsageException(genre is null ? $"'{bio}' has no documents." : $"'{bio}' has no documents of genre '{genre}'.");
        }

        return requested > 0 && requested < articles.Count ? articles[..requested] : articles;
    }
}
