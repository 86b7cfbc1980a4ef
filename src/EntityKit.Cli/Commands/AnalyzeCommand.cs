using System.CommandLine;
using System.Text;
using EntityKit.Cli.Output;
using EntityKit.Cli.Output.Html;
using EntityKit.Cli.Progress;
using EntityKit.Corrections;
using EntityKit.Dictionaries;
using EntityKit.Input;
using EntityKit.Models.English;
using EntityKit.Patterns;
using EntityKit.Recognition;

namespace EntityKit.Cli.Commands;

/// <summary>
/// <c>entitykit analyze PATH...</c>: analyses .txt files, web pages (.html, .htm), .jsonl files, directories or JSONL on
/// stdin and writes one result per article, in input order, streaming. Malformed records become error records; the exit code is then 1.
/// </summary>
internal sealed class AnalyzeCommand : ICliCommand
{
    private const string JsonlFormat = "jsonl";
    private const string TableFormat = "table";
    private const string HtmlFormat = "html";

    private readonly Argument<string[]> _paths = new("PATH")
    {
        Description = "A .txt file (one article, id = file name), an .html or .htm page (one article: its main text), a .jsonl file (one {\"id\",\"text\"} or {\"id\",\"html\"} object per line), a directory (its .txt, .html, .htm and .jsonl files, by name), or - for JSONL on stdin.",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string?> _output = new("--output", "-o")
    {
        Description = "Write the results to this file instead of stdout.",
        HelpName = "FILE",
    };

    private readonly Option<string> _format = new("--format", "-f")
    {
        Description = "jsonl: one JSON object per article, for programs; table: a readable view, for people; html: one self-contained page with the mentions highlighted by type and the entity tables.",
        DefaultValueFactory = _ => JsonlFormat,
    };

    private readonly Option<bool> _tokens = new("--tokens")
    {
        Description = "Include the tokens of each article.",
    };

    private readonly Option<bool> _includeText = new("--include-text")
    {
        Description = "Write each article's text and boilerplate regions (and title, published, url) into its record, as always for web pages, whose offsets point into the extracted text.",
    };

    private readonly Option<int> _threads = new("--threads")
    {
        Description = "How many articles to analyse at once; defaults to the number of cores.",
        DefaultValueFactory = _ => Environment.ProcessorCount,
        HelpName = "N",
    };

    private readonly Option<bool> _quiet = new("--quiet", "-q")
    {
        Description = "No progress and no summary on stderr (errors and warnings are still written).",
    };

    private readonly Option<bool> _recursive = new("--recursive", "-r")
    {
        Description = "Also read the article files (.txt, .html, .htm, .jsonl) in subdirectories of a directory.",
    };

    private readonly Option<int> _maxLength = new("--max-length")
    {
        Description = "Longest article text analysed, in UTF-16 characters; a longer article becomes an error record and the others go on.",
        DefaultValueFactory = _ => AnalyzerOptions.DefaultMaxArticleLength,
        HelpName = "CHARS",
    };

    private readonly Option<string[]> _dictionaries = new("--dictionary")
    {
        Description = "Add a dictionary layer from a .csv, .tsv or .jsonl file (after the model; repeat for several, in order). See docs/CUSTOMIZE.md.",
        HelpName = "FILE",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private readonly Option<string[]> _dictionaryMatch = new("--dictionary-match")
    {
        Description = "How dictionaries match: ignore-case, ignore-diacritics, hyphen-variants (repeat or comma-separate; default exact).",
        HelpName = "ignore-case|ignore-diacritics|hyphen-variants",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private readonly Option<string?> _patterns = new("--patterns")
    {
        Description = "Add a token-pattern layer from a .jsonl file (after the dictionaries).",
        HelpName = "FILE",
    };

    private readonly Option<string?> _corrections = new("--corrections")
    {
        Description = "Apply the correction rules of a .jsonl file after all layers.",
        HelpName = "FILE",
    };

    private readonly Option<string?> _model = new("--model")
    {
        Description = "A model file (e.g. from 'entitykit fine-tune --base english') to use in the English pipeline instead of the embedded model; 'accurate' for the embedded encoder tagger combined with the perceptron (another with --accurate-model DIR).",
        HelpName = "MODEL",
    };

    private readonly AccurateModelArguments _accurate = new();

    private readonly Option<string?> _language = new("--language")
    {
        Description = "The language of every article (e.g. en): skips language identification. By default an article clearly not in English gets no mentions and a warning; --language en analyses it anyway.",
        HelpName = "CODE",
    };

    private readonly Option<bool> _beforeModel = new("--before-model")
    {
        Description = "Put the --dictionary and --patterns layers before the model, so that they win overlapping mentions.",
    };

    private readonly Option<bool> _linkPlaces = new("--link-places")
    {
        Description = "Link GPE/LOC/FAC entities to GeoNames (ids, coordinates, country) and NORP to their country, offline; written as 'links' in JSONL.",
    };

    public AnalyzeCommand()
    {
        _format.AcceptOnlyFromAmong(JsonlFormat, TableFormat, HtmlFormat);
        _threads.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--threads must be at least 1.");
            }
        });
        _maxLength.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--max-length must be at least 1.");
            }
        });
    }

    public Command Create(CliContext context)
    {
        var command = new Command("analyze", "Find the named entities in articles and write one result per article, in input order.")
        {
            _paths, _output, _format, _tokens, _includeText, _threads, _quiet, _recursive, _maxLength, _dictionaries, _dictionaryMatch, _patterns, _corrections, _beforeModel, _model, _language, _linkPlaces,
        };
        foreach (var option in _accurate.All)
        {
            command.Options.Add(option);
        }

        // The token is cancelled on Ctrl+C / SIGTERM: the batch stops promptly and what was written stays written.
        command.SetAction((parseResult, cancellationToken) => Task.FromResult(Run(parseResult, context, cancellationToken)));
        return command;
    }

    private int Run(ParseResult parseResult, CliContext context, CancellationToken cancellationToken)
    {
        var paths = parseResult.GetRequiredValue(_paths);
        RejectUnknownOptions(paths);
        var source = ArticlePathSource.Create(paths, parseResult.GetValue(_recursive), context.OpenStandardInput);
        var analyzer = CreateAnalyzer(parseResult, context);
        var duplicates = new DuplicateIdDetector();
        var otherLanguages = new SkippedLanguageTally();
        var batchOptions = new BatchOptions { MaxDegreeOfParallelism = parseResult.GetValue(_threads) };
        var outputPath = parseResult.GetValue(_output);

        using var ownedOutput = outputPath is null ? null : OpenOutputFile(outputPath);
        var output = ownedOutput ?? context.Out;
        var includeTokens = parseResult.GetValue(_tokens);
        IAnalysisWriter writer = parseResult.GetValue(_format) switch
        {
            TableFormat => new TableAnalysisWriter(output, includeTokens),
            HtmlFormat => new HtmlAnalysisWriter(output),
            _ => new JsonlAnalysisWriter(output, new RecordContent(includeTokens, parseResult.GetValue(_includeText))),
        };

        // Fed through stdin, the tool may be a long-lived filter that a program talks to record by record (one
        // `entitykit analyze -` per Dask worker, samples/DaskRecipe): every record leaves as soon as it is written.
        var flushEachRecord = paths.Contains("-");
        var style = parseResult.GetValue(_quiet) ? ProgressStyle.None : context.Progress;
        var totalBytes = style == ProgressStyle.None ? null : InputSize.TryMeasure(paths, parseResult.GetValue(_recursive));
        using var progress = new BatchProgress(context.Error, style, totalBytes, TimeProvider.System, context.TerminalWidth);
        foreach (var result in analyzer.AnalyzeInputs(source, batchOptions, cancellationToken))
        {
            var analysis = result.Analysis;
            // Each result comes with its record, in input order: a duplicate id is noticed (and said) just before the
            // second record is written.
            if (duplicates.Observe(result.Input) is { } warning)
            {
                progress.ClearLine();
                context.Error.WriteLine($"entitykit: warning: {warning}");
            }

            writer.Write(result);
            if (flushEachRecord)
            {
                output.Flush();
            }

            if (analysis.Error is { } error)
            {
                progress.ClearLine();
                context.Error.WriteLine($"entitykit: {error.Message} (article '{analysis.Id}')");
            }

            otherLanguages.Observe(analysis);
            progress.Observe(analysis);
        }

        // A page format writes its end here (only after a complete run: a cancelled one ends with an exception above).
        (writer as IDisposable)?.Dispose();
        output.Flush();
        progress.ClearLine();
        if (otherLanguages.Warning() is { } languageWarning)
        {
            context.Error.WriteLine($"entitykit: warning: {languageWarning}");
        }

        progress.Finish();
        var (total, failed) = (progress.Totals.Articles, progress.Totals.Failed);

        if (failed == 0)
        {
            return ExitCodes.Success;
        }

        context.Error.WriteLine($"entitykit: {failed} of {total} records failed; the others were written.");
        return ExitCodes.SomeRecordsFailed;
    }

    /// <summary>
    /// The context's analyzer, or, with --model/--dictionary/--patterns/--corrections, its builder (with --model, the
    /// English pipeline around that model) with the layers appended in
    /// this order: model (from the builder), dictionaries, patterns (or, with --before-model, dictionaries, patterns,
    /// model), then the corrections.
    /// </summary>
    private IArticleAnalyzer CreateAnalyzer(ParseResult parseResult, CliContext context)
    {
        var dictionaries = parseResult.GetValue(_dictionaries) ?? [];
        var patterns = parseResult.GetValue(_patterns);
        var corrections = parseResult.GetValue(_corrections);
        var language = parseResult.GetValue(_language);
        if (language is not null && string.IsNullOrWhiteSpace(language))
        {
            throw new CliUsageException("--language needs a language code such as en.");
        }

        var options = new AnalyzerOptions { MaxArticleLength = parseResult.GetValue(_maxLength), Language = language };
        var modelPath = parseResult.GetValue(_model);
        var linkPlaces = parseResult.GetValue(_linkPlaces);
        if (dictionaries.Length == 0 && patterns is null && corrections is null && modelPath is null && !linkPlaces)
        {
            return context.CreateAnalyzer(options);
        }

        var matchOptions = DictionaryMatch(parseResult.GetValue(_dictionaryMatch) ?? []);
        var builder = modelPath is null
            ? context.CreateAnalyzerBuilder(options)
            : AccurateModelArguments.Names(modelPath)
                ? AccurateModelArguments.CreateBuilder(modelPath, _accurate.Load(parseResult), options)
                : EnglishArticleAnalyzer.CreateBuilder(LoadFile(modelPath, NerModel.Load), options);
        var position = parseResult.GetValue(_beforeModel) ? 0 : builder.Recognizers.Count;
        foreach (var path in dictionaries)
        {
            builder.InsertRecognizer(position++, LoadFile(path, file => EntityDictionary.Load(file, matchOptions)));
        }

        if (patterns is not null)
        {
            builder.InsertRecognizer(position, LoadFile(patterns, TokenPatternRecognizer.Load));
        }

        if (corrections is not null)
        {
            builder.WithCorrections(LoadFile(corrections, CorrectionSet.Load));
        }

        if (linkPlaces)
        {
            builder.WithEntityLinker(EnglishGeoData.CreatePlaceLinker());
        }

        return builder.Build();
    }

    /// <summary>The dictionary match options named on the command line (comma-separated or repeated).</summary>
    private static DictionaryMatchOptions DictionaryMatch(string[] values)
    {
        var options = DictionaryMatchOptions.Default;
        foreach (var value in values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            options = value switch
            {
                "ignore-case" => options with { IgnoreCase = true },
                "ignore-diacritics" => options with { IgnoreDiacritics = true },
                "hyphen-variants" => options with { MatchHyphenVariants = true },
                "exact" => options,
                _ => throw new CliUsageException(
                    $"Unknown --dictionary-match value '{value}': use ignore-case, ignore-diacritics, hyphen-variants or exact."),
            };
        }

        return options;
    }

    private static T LoadFile<T>(string path, Func<string, T> load)
    {
        try
        {
            return load(path);
        }
        catch (Exception exception) when (exception is CustomizationFileException or ModelFormatException or IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException(
                exception is CustomizationFileException or ModelFormatException ? exception.Message : $"Cannot read '{path}': {exception.Message}", exception);
        }
    }

    /// <summary>An unknown option lands among the paths: say what it is rather than "file not found".</summary>
    private static void RejectUnknownOptions(string[] paths)
    {
        foreach (var path in paths)
        {
            if (path.Length > 1 && path[0] == '-' && !File.Exists(path) && !Directory.Exists(path))
            {
                throw new CliUsageException($"Unrecognized option '{path}'. See 'entitykit analyze --help'.");
            }
        }
    }

    private static StreamWriter OpenOutputFile(string path)
    {
        try
        {
            return new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 64 * 1024);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliUsageException($"Cannot write '{path}': {exception.Message}", exception);
        }
    }
}
