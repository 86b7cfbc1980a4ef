namespace EntityKit.Evaluation.Ner;

/// <summary>How a prediction and the gold standard disagree about one entity.</summary>
public enum NerErrorKind
{
    /// <summary>A gold entity that no prediction overlaps.</summary>
    Missed,

    /// <summary>A prediction that overlaps no gold entity.</summary>
    Spurious,

    /// <summary>A prediction with a gold entity's exact span but another type.</summary>
    WrongType,

    /// <summary>A prediction that overlaps a gold entity without matching its span.</summary>
    WrongSpan,
}

/// <summary>One disagreement between the gold entities of a document and the predicted ones, for error analysis.</summary>
/// <param name="Document">Index of the document in the evaluated corpus.</param>
/// <param name="Kind">The kind of disagreement.</param>
/// <param name="Gold">The gold entity involved, if any.</param>
/// <param name="Predicted">The predicted entity involved, if any.</param>
/// <param name="GoldText">The gold entity's text, or an empty string.</param>
/// <param name="PredictedText">The predicted entity's text, or an empty string.</param>
/// <param name="Context">Up to 60 characters either side of the entity, on one line.</param>
public sealed record NerError(
    int Document, NerErrorKind Kind, LabelledSpan? Gold, LabelledSpan? Predicted, string GoldText, string PredictedText, string Context);
