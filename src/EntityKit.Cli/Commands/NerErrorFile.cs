using System.Globalization;
using EntityKit.Evaluation.Ner;

namespace EntityKit.Cli.Commands;

/// <summary>Writes evaluation disagreements as a tab-separated file with a header row, one disagreement per line.</summary>
internal static class NerErrorFile
{
    public static void Write(string path, IReadOnlyList<NerError> errors)
    {
        try
        {
            using var writer = new StreamWriter(path);
            writer.WriteLine("document\tkind\tgold_type\tgold_text\tpredicted_type\tpredicted_text\tstart\tend\tcontext");
            foreach (var error in errors)
            {
                var anchor = error.Gold ?? error.Predicted!.Value;
                writer.WriteLine(string.Join('\t',
                    error.Document.ToString(CultureInfo.InvariantCulture),
                    error.Kind.ToString(),
                    error.Gold?.Type ?? string.Empty,
                    Clean(error.GoldText),
                    error.Predicted?.Type ?? string.Empty,
                    Clean(error.PredictedText),
                    anchor.Start.ToString(CultureInfo.InvariantCulture),
                    anchor.End.ToString(CultureInfo.InvariantCulture),
                    Clean(error.Context)));
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"Cannot write the error file '{path}': {exception.Message}", exception);
        }
    }

    private static string Clean(string value) => value.ReplaceLineEndings(" ").Replace('\t', ' ');
}
