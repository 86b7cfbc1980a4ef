using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EntityKit.Evaluation.Extraction;

/// <summary>
/// Runs an article-body extractor over the pages of an article-extraction benchmark laid out like
/// scrapinghub/article-extraction-benchmark: a ground-truth JSON object <c>{"ID": {"articleBody": "…", "url": "…"}}</c>
/// and one page per id, <c>ID.html.gz</c> (gzipped UTF-8 HTML) or <c>ID.html</c>, in a folder.
/// </summary>
public static class ExtractionBenchmark
{
    /// <summary>Reads the ground truth and locates every page.</summary>
    /// <param name="pagesDirectory">The folder holding the pages.</param>
    /// <param name="truthPath">The ground-truth JSON file.</param>
    /// <returns>The pages, in the ground truth's order.</returns>
    /// <exception cref="BenchmarkFormatException">The ground truth is not such a JSON object, or a page file is missing.</exception>
    public static IReadOnlyList<BenchmarkPage> Load(string pagesDirectory, string truthPath)
    {
        ArgumentNullException.ThrowIfNull(pagesDirectory);
        ArgumentNullException.ThrowIfNull(truthPath);
        JsonObject truth;
        try
        {
            truth = JsonNode.Parse(File.ReadAllText(truthPath)) as JsonObject
                ?? throw new BenchmarkFormatException($"{truthPath}: the ground truth must be a JSON object keyed by page id.");
        }
        catch (JsonException exception)
        {
            throw new BenchmarkFormatException($"{truthPath}:{exception.LineNumber + 1}: not valid JSON: {exception.Message}", exception);
        }

        var pages = new List<BenchmarkPage>(truth.Count);
        foreach (var (id, entry) in truth)
        {
            if (entry is not JsonObject fields || fields["articleBody"] is not JsonValue body || !body.TryGetValue(out string? truthBody))
            {
                throw new BenchmarkFormatException($"{truthPath}: page '{id}' has no string \"articleBody\".");
            }

            var url = fields["url"] is JsonValue urlValue && urlValue.TryGetValue(out string? address)
                && Uri.TryCreate(address, UriKind.Absolute, out var uri) ? uri : null;
            pages.Add(new BenchmarkPage(id, url, truthBody, FindPage(pagesDirectory, id)));
        }

        return pages;
    }

    /// <summary>Extracts and scores every page.</summary>
    /// <param name="pages">The pages, from <see cref="Load"/>.</param>
    /// <param name="extract">The extractor: the page's HTML and address to its article body.</param>
    /// <returns>One result per page, in the given order.</returns>
    public static IReadOnlyList<PageExtraction> Run(IReadOnlyList<BenchmarkPage> pages, Func<string, Uri?, string> extract)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(extract);
        var results = new List<PageExtraction>(pages.Count);
        foreach (var page in pages)
        {
            var body = extract(ReadHtml(page.HtmlPath), page.Url);
            results.Add(new PageExtraction(page, body, ShingleScorer.Match(page.TruthBody, body)));
        }

        return results;
    }

    /// <summary>Writes the extracted bodies in the benchmark's prediction format, <c>{"ID": {"articleBody": "…"}}</c>,
    /// which its <c>evaluate.py</c> reads from <c>output/NAME.json</c>.</summary>
    /// <param name="results">The results of <see cref="Run"/>.</param>
    /// <param name="path">The file to write.</param>
    public static void WritePredictions(IReadOnlyList<PageExtraction> results, string path)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(path);
        var root = new JsonObject();
        foreach (var result in results)
        {
            root[result.Page.Id] = new JsonObject { ["articleBody"] = result.ExtractedBody };
        }

        File.WriteAllText(path, root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }), new UTF8Encoding(false));
    }

    /// <summary>The page's HTML: gunzipped when the file ends in <c>.gz</c>, decoded as UTF-8.</summary>
    /// <param name="path">An <c>.html</c> or <c>.html.gz</c> file.</param>
    public static string ReadHtml(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            return File.ReadAllText(path, Encoding.UTF8);
        }

        try
        {
            using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
            using var reader = new StreamReader(gzip, Encoding.UTF8);
            return reader.ReadToEnd();
        }
        catch (InvalidDataException exception)
        {
            throw new BenchmarkFormatException($"{path}: not a gzip file: {exception.Message}", exception);
        }
    }

    private static string FindPage(string directory, string id)
    {
        foreach (var extension in (string[])[".html.gz", ".html"])
        {
            var path = Path.Combine(directory, id + extension);
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new BenchmarkFormatException($"{directory}: no page '{id}.html.gz' or '{id}.html' for ground-truth id '{id}'.");
    }
}
