using EntityKit.Corpora;
using EntityKit.Recognition;
using EntityKit.Text;
using EntityKit.Training;

namespace EntityKit.Cli.Commands;

/// <summary>
/// A training or development file of <c>train</c> in either format: BIO (gold tokens, detokenized and re-tokenized
/// like the analyzer's input, or kept with <c>--mode tokens</c>) or the user JSONL format (validated; bad lines are
/// reported on standard error and left out). Knows its entity types before the label set is chosen.
/// </summary>
internal sealed class AnnotatedCorpus
{
    private readonly IReadOnlyList<BioDocument>? _bio;
    private readonly IReadOnlyList<AnnotatedText>? _texts;

    private AnnotatedCorpus(string path, IReadOnlyList<BioDocument>? bio, IReadOnlyList<AnnotatedText>? texts, int badLines)
    {
        Path = path;
        _bio = bio;
        _texts = texts;
        BadLines = badLines;
        Types = bio is not null
            ? [.. bio.SelectMany(d => d.Sentences).SelectMany(s => s.GetSpans()).Select(s => s.Type).Distinct()
                .Select(name => EntityType.TryParse(name, out var type) ? type : default).Where(t => !t.IsDefault)]
            : [.. texts!.SelectMany(t => t.Types).Distinct()];
    }

    public string Path { get; }

    /// <summary>The entity types annotated in the file, in order of first appearance.</summary>
    public IReadOnlyList<EntityType> Types { get; }

    /// <summary>Lines of a JSONL file that were left out for errors.</summary>
    public int BadLines { get; }

    /// <summary>True for the JSONL format.</summary>
    public bool IsJsonl => _texts is not null;

    /// <summary>The format a path is read in: <paramref name="format"/> when given, else <c>jsonl</c> for <c>.jsonl</c> files and <c>bio</c> otherwise.</summary>
    public static string FormatOf(string path, string? format) =>
        format ?? (System.IO.Path.GetExtension(path).Equals(".jsonl", StringComparison.OrdinalIgnoreCase) ? "jsonl" : "bio");

    /// <summary>Reads a file; JSONL problems go to <paramref name="error"/> as <c>entitykit: warning: file:line: problem</c>.</summary>
    public static AnnotatedCorpus Read(string path, string format, TextWriter error)
    {
        if (!File.Exists(path))
        {
            throw new CliUsageException($"'{path}' does not exist.");
        }

        if (format == "jsonl")
        {
            var result = new SpanAnnotationReader(new EnglishTokenizer(), new SentenceSplitter()).ReadFile(path);
            foreach (var problem in result.Errors)
            {
                error.WriteLine($"entitykit: warning: {problem}");
            }

            var badLines = result.Errors.Select(e => e.Line).Distinct().Count();
            if (result.Texts.Count == 0)
            {
                throw new CliUsageException($"'{path}' has no valid annotated text ({badLines} bad lines).");
            }

            return new AnnotatedCorpus(path, null, result.Texts, badLines);
        }

        try
        {
            return new AnnotatedCorpus(path, BioReader.ReadFile(path).ToList(), null, 0);
        }
        catch (BioFormatException exception)
        {
            throw new CliUsageException(exception.Message, exception);
        }
    }

    /// <summary>The training documents with gold labels of <paramref name="labels"/>.</summary>
    /// <param name="labels">The label set.</param>
    /// <param name="mode"><c>raw</c> (the analyzer's tokens) or <c>tokens</c> (BIO gold tokens; JSONL is always raw).</param>
    public List<TrainingDocument> Prepare(BilouLabelSet labels, string mode)
    {
        if (_texts is not null)
        {
            return [.. _texts.Select(t => t.ToTrainingDocument(labels))];
        }

        Func<BioDocument, TrainingDocument> prepare = mode == "tokens"
            ? document => GoldTokenDocuments.Create(document, labels)
            : new RawTextDocuments(new EnglishTokenizer(), new SentenceSplitter(), labels).Create;
        return [.. _bio!.Select(prepare)];
    }
}
