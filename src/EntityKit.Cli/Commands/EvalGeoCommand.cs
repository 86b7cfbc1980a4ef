using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using EntityKit.Evaluation.Geo;
using EntityKit.Geo;
using EntityKit.Models.English;

namespace EntityKit.Cli.Commands;

/// <summary>
/// <c>entitykit eval-geo --corpus lgl.xml [--corpus GeoVirus.xml] [--publisher-country US]</c>: runs the English
/// analyzer with the GeoNames place linker over geoparsing corpora (LGL, GeoVirus) and reports accuracy@161 km, mean
/// and median error and AUC for the gold toponyms our NER finds, and over all gold toponyms with missed ones
/// counted as the largest error (20,039 km).
/// </summary>
internal sealed class EvalGeoCommand : ICliCommand
{
    private readonly Option<string[]> _corpus = new("--corpus")
    {
        Description = "A geoparsing corpus in the XML of Gritta et al. (lgl.xml, GeoVirus.xml); may be repeated.",
        HelpName = "FILE.xml",
        Required = true,
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<string?> _publisherCountry = new("--publisher-country")
    {
        Description = "ISO 3166-1 alpha-2 code of the publishers' country, a prior for ambiguous names (default: from each article URL's country-code domain).",
        HelpName = "CC",
    };

    private readonly Option<string?> _errors = new("--errors")
    {
        Description = "Also write every gold toponym's outcome (gold, our mention, our link, error km) to this TSV file (with several corpora, the last one's).",
        HelpName = "FILE.tsv",
    };

    public Command Create(CliContext context)
    {
        var command = new Command("eval-geo", "Score place linking (toponym resolution) on geoparsing corpora: accuracy@161 km, mean error, AUC.")
        {
            _corpus, _publisherCountry, _errors,
        };
        command.SetAction((parseResult, cancellationToken) => Task.FromResult(Run(parseResult, context, cancellationToken)));
        return command;
    }

    private int Run(ParseResult parseResult, CliContext context, CancellationToken cancellationToken)
    {
        var publisherCountry = parseResult.GetValue(_publisherCountry);
        if (publisherCountry is not null && (publisherCountry.Length != 2 || !publisherCountry.All(char.IsAsciiLetterUpper)))
        {
            throw new CliUsageException($"--publisher-country must be a two-letter upper-case country code such as US, not '{publisherCountry}'.");
        }

        var linker = EnglishGeoData.CreatePlaceLinker(new PlaceLinkerOptions { PublisherCountry = publisherCountry });
        var analyzer = EnglishArticleAnalyzer.CreateBuilder().WithEntityLinker(linker).Build();
        foreach (var path in parseResult.GetRequiredValue(_corpus))
        {
            if (!File.Exists(path))
            {
                throw new CliUsageException($"'{path}' does not exist.");
            }

            var reader = new GeoCorpusReader();
            IReadOnlyList<GeoDocument> documents;
            try
            {
                documents = reader.ReadFile(path);
            }
            catch (GeoCorpusFormatException exception)
            {
                throw new CliUsageException(exception.Message, exception);
            }

            var stopwatch = Stopwatch.StartNew();
            var report = GeoEvaluator.Evaluate(documents, analyzer, cancellationToken);
            Write(context.Out, path, report, reader.SkippedToponyms, publisherCountry, stopwatch.Elapsed);
            if (parseResult.GetValue(_errors) is { } errorsPath)
            {
                WriteResults(errorsPath, report.Results);
            }
        }

        return ExitCodes.Success;
    }

    private static void Write(TextWriter output, string path, GeoEvaluationReport report, int skipped, string? publisherCountry, TimeSpan elapsed)
    {
        var invariant = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(invariant,
            $"Corpus: {path} ({report.Documents:N0} documents, {report.GoldToponyms:N0} gold toponyms with coordinates, {skipped:N0} without left out); publisher country: {publisherCountry ?? "from URL"}; {elapsed.TotalSeconds:F1}s"));
        output.WriteLine(string.Create(invariant,
            $"Found by our NER (GPE/LOC/FAC overlapping the gold span): {report.Found:N0} of {report.GoldToponyms:N0} ({Share(report.Found, report.GoldToponyms):P1}); found but not linked: {report.FoundUnlinked:N0} (scored {GeoErrorStatistics.MaxErrorKm:N0} km)"));
        output.WriteLine("| toponyms | n | accuracy@161km | mean km | median km | AUC |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|");
        WriteRow(output, "found by our NER", report.OnFound);
        WriteRow(output, "all gold (missed = 20,039 km)", report.OnAllGold);
    }

    private static void WriteRow(TextWriter output, string label, GeoErrorStatistics statistics) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {label} | {statistics.Count:N0} | {statistics.AccuracyAt161:F3} | {statistics.MeanKm:F0} | {statistics.MedianKm:F0} | {statistics.Auc:F3} |"));

    private static void WriteResults(string path, IReadOnlyList<GeoToponymResult> results)
    {
        using var writer = new StreamWriter(path);
        writer.WriteLine("document\tgold\tgold_lat\tgold_lon\tmention\tlink_source\tlink_id\tlink_name\tlink_country\tlink_code\terror_km");
        foreach (var result in results)
        {
            var link = result.Link;
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{result.DocumentId}\t{Clean(result.Gold.Name)}\t{result.Gold.Latitude}\t{result.Gold.Longitude}\t{Clean(result.Mention)}\t{link?.Source}\t{link?.Id}\t{Clean(link?.Name)}\t{link?.CountryCode}\t{link?.FeatureCode}\t{result.ErrorKm:F0}"));
        }
    }

    private static string Clean(string? text) => text is null ? string.Empty : text.Replace('\t', ' ').Replace('\n', ' ');

    private static double Share(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
