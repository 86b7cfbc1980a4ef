using System.Globalization;
using EntityKit.Corpora;
using EntityKit.Recognition;
using EntityKit.Text;
using EntityKit.Training;

namespace EntityKit.Cli.Commands;

/// <summary>
/// The <c>--extra</c> corpora of <c>train</c>: BIO files annotated with a coarser type set, read as partially labelled
/// training documents (see <see cref="PartiallyLabelledDocuments"/>), optionally sub-sampled, with a report of what
/// was used and dropped.
/// </summary>
internal static class ExtraCorpora
{
    /// <summary>Reads and prepares the corpora; prints one line per file.</summary>
    /// <param name="paths">The BIO files.</param>
    /// <param name="labels">The label set trained on.</param>
    /// <param name="mapping">How their types map onto <paramref name="labels"/>.</param>
    /// <param name="share">Share of documents kept (whole documents, sampled with <paramref name="seed"/>).</param>
    /// <param name="seed">The sampling seed.</param>
    /// <param name="output">Where the report goes.</param>
    public static List<TrainingDocument> Read(
        IReadOnlyList<string> paths, BilouLabelSet labels, CoarseTypeMapping mapping, double share, int seed, TextWriter output)
    {
        var documents = new List<TrainingDocument>();
        var random = new Random(seed ^ 0xE87A);
        foreach (var path in paths)
        {
            if (!File.Exists(path))
            {
                throw new CliUsageException($"'{path}' does not exist.");
            }

            PartiallyLabelledDocuments preparer;
            try
            {
                preparer = new PartiallyLabelledDocuments(new EnglishTokenizer(), new SentenceSplitter(), labels, mapping);
            }
            catch (ArgumentException exception)
            {
                throw new CliUsageException($"--extra-map: {exception.Message.Split(" (Parameter")[0]}", exception);
            }

            var read = 0;
            var kept = 0;
            try
            {
                foreach (var document in BioReader.ReadFile(path))
                {
                    read++;
                    if (share < 1 && random.NextDouble() >= share)
                    {
                        continue;
                    }

                    documents.Add(preparer.Create(document));
                    kept++;
                }
            }
            catch (Exception exception) when (exception is BioFormatException or InvalidDataException)
            {
                throw new CliUsageException($"--extra {path}: {exception.Message}", exception);
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Extra {Path.GetFileName(path)} (partially labelled, mapping {mapping.Name}): {kept:N0} of {read:N0} documents, {preparer.Tokens:N0} tokens, {preparer.Entities - preparer.DroppedEntities:N0} of {preparer.Entities:N0} entities used ({preparer.DroppedEntities:N0} dropped: their tokens left unconstrained; {preparer.InexactEntities:N0} widened to whole tokens)."));
        }

        return documents;
    }
}
