using EntityKit.Evaluation.Ner;
using EntityKit.Recognition;

namespace EntityKit.Training;

/// <summary>
/// Scores a model on prepared documents (its own tokens and sentences) at entity level, per type: the user's
/// development data before and after fine-tuning. Only entities of the given types count, on both sides, since a
/// user's file annotates only some types.
/// </summary>
public static class TrainingDocumentScorer
{
    /// <summary>Scores <paramref name="model"/> on <paramref name="documents"/>.</summary>
    /// <param name="model">The model; it may know fewer types than <paramref name="labels"/> (a base model before fine-tuning).</param>
    /// <param name="documents">Documents whose gold labels are indices of <paramref name="labels"/>.</param>
    /// <param name="labels">The label set of the documents.</param>
    /// <param name="types">The types that count; null for all.</param>
    public static NerEvaluationReport Score(
        NerModel model, IReadOnlyList<TrainingDocument> documents, BilouLabelSet labels, IReadOnlySet<EntityType>? types = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(labels);
        var board = new NerScoreboard(NerTypeMapping.OntoNotes18);
        foreach (var document in documents)
        {
            var predicted = new int[document.TokenCount];
            model.LabelDocument(document.Text, document.Tokens, document.Sentences, predicted);
            board.Add(
                Spans(document, document.GoldLabels, labels, types),
                Spans(document, predicted, model.Labels, types));
        }

        return board.ToReport();
    }

    private static IEnumerable<LabelledSpan> Spans(TrainingDocument document, int[] labels, BilouLabelSet labelSet, IReadOnlySet<EntityType>? types)
    {
        foreach (var (first, end, typeIndex) in LabelSpanScorer.Spans(labels, document.Sentences))
        {
            var type = labelSet.Types[typeIndex];
            if (types is null || types.Contains(type))
            {
                yield return new LabelledSpan(document.Tokens[first].Start, document.Tokens[end - 1].End, type.Name);
            }
        }
    }
}
