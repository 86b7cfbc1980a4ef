using EntityKit.Recognition;

namespace EntityKit.Training;

/// <summary>
/// Merges a base model's predictions into a user's partially annotated document: the user's entities stay as they
/// are, and each mention the base model predicts of a type the user's data never annotates is added where the user
/// left every one of its tokens O. The user's data is authoritative for its own types; the base model speaks for the rest.
/// </summary>
internal static class BaseLabelMerge
{
    /// <summary>The document with merged gold labels; <paramref name="added"/> grows by the mentions added.</summary>
    /// <param name="baseModel">The base model; its label indices are the first ones of the document's label set.</param>
    /// <param name="document">The user's document.</param>
    /// <param name="annotatedTypes">Type indices the user's data annotates; predictions of these are ignored.</param>
    /// <param name="added">Counts the added mentions.</param>
    public static TrainingDocument Merge(NerModel baseModel, TrainingDocument document, IReadOnlySet<int> annotatedTypes, ref int added)
    {
        var predicted = new int[document.TokenCount];
        baseModel.LabelDocument(document.Text, document.Tokens, document.Sentences, predicted);
        var merged = (int[])document.GoldLabels.Clone();
        foreach (var (first, end, type) in LabelSpanScorer.Spans(predicted, document.Sentences).OrderBy(s => s.First))
        {
            if (annotatedTypes.Contains(type) || merged.AsSpan(first, end - first).ContainsAnyExcept(BilouLabelSet.Outside))
            {
                continue;
            }

            BilouLabelSet.Encode([(0, end - first, type)], merged.AsSpan(first, end - first));
            added++;
        }

        return document with { GoldLabels = merged };
    }
}
