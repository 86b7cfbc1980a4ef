namespace EntityKit.Evaluation.Extraction;

/// <summary>
/// How one extracted article body compares with its ground truth, as shares of all 4-token shingles involved:
/// <see cref="TruePositive"/> + <see cref="FalsePositive"/> + <see cref="FalseNegative"/> = 1 (all 0 when both texts
/// are empty), so that long articles do not weigh more than short ones.
/// </summary>
/// <param name="TruePositive">Share of shingles both in the truth and in the prediction (counted with multiplicity).</param>
/// <param name="FalsePositive">Share of predicted shingles beyond those in the truth.</param>
/// <param name="FalseNegative">Share of true shingles missing from the prediction.</param>
/// <param name="ExactMatch">True when both texts have the same tokens.</param>
public readonly record struct ShingleMatch(double TruePositive, double FalsePositive, double FalseNegative, bool ExactMatch)
{
    /// <summary>Precision of this article; 1 when nothing is wrong or missing, 0 when nothing is right.</summary>
    public double Precision =>
        FalsePositive == 0 && FalseNegative == 0 ? 1.0
        : TruePositive == 0 && FalsePositive == 0 ? 0.0
        : TruePositive / (TruePositive + FalsePositive);

    /// <summary>Recall of this article; 1 when nothing is wrong or missing, 0 when nothing is right.</summary>
    public double Recall =>
        FalsePositive == 0 && FalseNegative == 0 ? 1.0
        : TruePositive == 0 && FalseNegative == 0 ? 0.0
        : TruePositive / (TruePositive + FalseNegative);

    /// <summary>Harmonic mean of <see cref="Precision"/> and <see cref="Recall"/> (0 when both are 0).</summary>
    public double F1 => Precision + Recall == 0 ? 0.0 : 2 * Precision * Recall / (Precision + Recall);
}
