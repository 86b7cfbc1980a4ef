using System.Globalization;
using EntityKit.Corpora;
using EntityKit.Evaluation.Ner;
using EntityKit.Models.English;
using EntityKit.Recognition;

namespace EntityKit.Cli.Commands;

/// <summary>How <c>fine-tune</c> scores a model before and after fine-tuning, and prints the comparison.</summary>
internal static class BeforeAfterScores
{
    /// <summary>Scores a model in raw mode, as <c>eval</c> does: in the English pipeline (clock times and place cues first) when the
    /// base is the embedded English model, alone otherwise, so that before and after run in the same pipeline.</summary>
    public static NerEvaluationReport ScoreRaw(NerModel model, bool englishPipeline, string path, CancellationToken cancellationToken)
    {
        try
        {
            var analyzer = englishPipeline
                ? EnglishArticleAnalyzer.CreateBuilder(model).Build()
                : ArticleAnalyzer.CreateBuilder().AddRecognizer(model).Build();
            return NerEvaluator.EvaluateRaw(BioReader.ReadFile(path), analyzer, NerTypeMapping.OntoNotes18, cancellationToken);
        }
        catch (BioFormatException exception)
        {
            throw new CliUsageException(exception.Message, exception);
        }
    }

    /// <summary>Micro-averaged scores over some of a report's types.</summary>
    public static TypeScore MicroOf(IEnumerable<TypeScore> types)
    {
        var list = types.ToList();
        return TypeScore.From("micro", list.Sum(t => t.Correct), list.Sum(t => t.Predicted), list.Sum(t => t.Gold));
    }

    /// <summary>One row per type: F1 before, F1 after and the gold count; then the micro row.</summary>
    public static void Write(TextWriter output, NerEvaluationReport before, NerEvaluationReport after)
    {
        var c = CultureInfo.InvariantCulture;
        var names = before.Types.Select(t => t.Type).Union(after.Types.Select(t => t.Type)).Order(StringComparer.Ordinal).ToList();
        output.WriteLine(string.Create(c, $"  {"type",-12} {"F1 before",9} {"F1 after",9} {"gold",7}"));
        foreach (var name in names.Append("micro"))
        {
            var b = name == "micro" ? before.Micro : before.Types.FirstOrDefault(t => t.Type == name);
            var a = name == "micro" ? after.Micro : after.Types.FirstOrDefault(t => t.Type == name);
            output.WriteLine(string.Create(c,
                $"  {name,-12} {(b is null ? "-" : (100 * b.F1).ToString("F2", c)),9} {(a is null ? "-" : (100 * a.F1).ToString("F2", c)),9} {a?.Gold ?? b?.Gold ?? 0,7}"));
        }
    }
}
