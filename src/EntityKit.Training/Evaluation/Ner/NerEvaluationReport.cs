using System.Globalization;
using System.Text;

namespace EntityKit.Evaluation.Ner;

/// <summary>Entity-level exact-match scores: micro-averaged and per type, with the most frequent type confusions.</summary>
/// <param name="Mapping">How types were compared.</param>
/// <param name="Documents">Number of documents scored.</param>
/// <param name="Micro">Scores over all types.</param>
/// <param name="Types">Scores per type, ordered by name.</param>
/// <param name="Confusions">The most frequent cases of a predicted span equal to a gold span but with another type.</param>
/// <param name="BoundaryErrors">Wrong predictions that overlap a gold entity without matching its span.</param>
public sealed record NerEvaluationReport(
    NerTypeMapping Mapping,
    int Documents,
    TypeScore Micro,
    IReadOnlyList<TypeScore> Types,
    IReadOnlyList<TypeConfusion> Confusions,
    long BoundaryErrors)
{
    /// <summary>A plain-text table: one row per type, the micro row, the worst types and the top confusions.</summary>
    public string ToTable()
    {
        var c = CultureInfo.InvariantCulture;
        var b = new StringBuilder();
        b.AppendLine(c, $"{"type",-12} {"prec",6} {"rec",6} {"F1",6} {"gold",7} {"pred",7} {"correct",7}");
        foreach (var t in Types.Append(Micro))
        {
            b.AppendLine(c, $"{t.Type,-12} {100 * t.Precision,6:F2} {100 * t.Recall,6:F2} {100 * t.F1,6:F2} {t.Gold,7} {t.Predicted,7} {t.Correct,7}");
        }

        var worst = Types.Where(t => t.Gold > 0).OrderBy(t => t.F1).Take(4).Select(t => $"{t.Type} {100 * t.F1:F1}");
        b.AppendLine(c, $"worst types: {string.Join(", ", worst)}");
        b.AppendLine(c, $"boundary errors: {BoundaryErrors}");
        foreach (var confusion in Confusions)
        {
            b.AppendLine(c, $"confused: gold {confusion.Gold} predicted {confusion.Predicted} ×{confusion.Count}");
        }

        return b.ToString();
    }
}

/// <summary>Precision, recall and F1 of one type (or of all, for the micro row).</summary>
/// <param name="Type">The type label, or <c>micro</c>.</param>
/// <param name="Precision">Correct / predicted.</param>
/// <param name="Recall">Correct / gold.</param>
/// <param name="F1">Harmonic mean of precision and recall.</param>
/// <param name="Gold">Number of gold entities.</param>
/// <param name="Predicted">Number of predicted entities.</param>
/// <param name="Correct">Number of exactly matching predictions.</param>
public sealed record TypeScore(string Type, double Precision, double Recall, double F1, long Gold, long Predicted, long Correct)
{
    /// <summary>Computes the scores from counts.</summary>
    /// <param name="type">The type label.</param>
    /// <param name="correct">Exactly matching predictions.</param>
    /// <param name="predicted">Predictions.</param>
    /// <param name="gold">Gold entities.</param>
    public static TypeScore From(string type, long correct, long predicted, long gold)
    {
        var precision = predicted == 0 ? 0 : (double)correct / predicted;
        var recall = gold == 0 ? 0 : (double)correct / gold;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new TypeScore(type, precision, recall, f1, gold, predicted, correct);
    }
}

/// <summary>A type confusion: predicted spans equal to a gold span but typed differently.</summary>
/// <param name="Gold">The gold type.</param>
/// <param name="Predicted">The predicted type.</param>
/// <param name="Count">How often.</param>
public sealed record TypeConfusion(string Gold, string Predicted, long Count);
