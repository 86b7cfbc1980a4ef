using System.Globalization;
using EntityKit.Corpora;

namespace EntityKit.Cli.Benchmarking;

/// <summary>
/// Real text for the speed benchmarks: the documents of a BIO corpus (for example OntoNotes' <c>dev.bio</c>) turned
/// back into natural running text by <see cref="BioDetokenizer"/>, one article per <c>-DOCSTART-</c> document (id
/// <c>doc-INDEX</c>, as <c>entitykit convert --from bio --to jsonl</c> names them), optionally only the documents of
/// one genre. Genres come from the corpus's document table beside it (<c>dev.bio</c> → <c>dev.docs.tsv</c>: a header,
/// then <c>doc_index, doc_id, part, genre, ...</c> per document in file order). The text stays on the machine: nothing
/// here is written anywhere.
/// </summary>
internal static class BioCorpusArticles
{
    private const int IndexColumn = 0;
    private const int GenreColumn = 3;

    /// <summary>The document table that describes <paramref name="bioPath"/>: <c>NAME.docs.tsv</c> beside <c>NAME.bio</c>.</summary>
    public static string DocumentTablePath(string bioPath) => Path.ChangeExtension(bioPath, ".docs.tsv");

    /// <summary>
    /// Reads the documents of <paramref name="bioPath"/> as articles, only those of <paramref name="genre"/> when it is
    /// given (for OntoNotes: <c>nw</c> newswire, <c>bn</c> broadcast news, <c>mz</c> magazines, ...).
    /// </summary>
    /// <exception cref="FileNotFoundException">The corpus, or the document table a genre needs, does not exist.</exception>
    /// <exception cref="FormatException">The corpus or its document table is malformed; the message names the file and line.</exception>
    public static List<Article> Load(string bioPath, string? genre)
    {
        if (!File.Exists(bioPath))
        {
            throw new FileNotFoundException($"'{bioPath}' does not exist.", bioPath);
        }

        var genres = genre is null ? null : ReadGenres(DocumentTablePath(bioPath));
        var detokenizer = new BioDetokenizer();
        var articles = new List<Article>();
        foreach (var document in BioReader.ReadFile(bioPath))
        {
            if (genres is not null)
            {
                if (!genres.TryGetValue(document.Index, out var documentGenre))
                {
                    throw new FormatException(
                        $"{DocumentTablePath(bioPath)}: no row for document {document.Index} of '{bioPath}'.");
                }

                if (!string.Equals(documentGenre, genre, StringComparison.Ordinal))
                {
                    continue;
                }
            }

            var text = detokenizer.Detokenize(document).Text;
            articles.Add(new Article("doc-" + document.Index.ToString(CultureInfo.InvariantCulture), text));
        }

        return articles;
    }

    /// <summary>Reads a document table into document index → genre.</summary>
    private static Dictionary<int, string> ReadGenres(string tablePath)
    {
        if (!File.Exists(tablePath))
        {
            throw new FileNotFoundException(
                $"'{tablePath}' does not exist; a genre filter needs the corpus's document table beside it.", tablePath);
        }

        var genres = new Dictionary<int, string>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(tablePath))
        {
            lineNumber++;
            if (lineNumber == 1 || line.Length == 0)
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length <= GenreColumn
                || !int.TryParse(fields[IndexColumn], NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                throw new FormatException(
                    $"{tablePath}:{lineNumber}: expected 'doc_index<TAB>doc_id<TAB>part<TAB>genre...', got '{line}'.");
            }

            genres[index] = fields[GenreColumn];
        }

        return genres;
    }
}
