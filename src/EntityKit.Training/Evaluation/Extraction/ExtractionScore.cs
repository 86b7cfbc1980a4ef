namespace EntityKit.Evaluation.Extraction;

/// <summary>
/// The article-extraction benchmark's score over a set of pages: precision and recall are the means of the per-page
/// values (a page counts for precision when it has predicted shingles, for recall when it has true ones) and F1 is
/// their harmonic mean, as in the benchmark's <c>evaluate.py</c>.
/// </summary>
/// <param name="Pages">Pages scored.</param>
/// <param name="Precision">Mean per-page precision.</param>
/// <param name="Recall">Mean per-page recall.</param>
/// <param name="F1">Harmonic mean of <paramref name="Precision"/> and <paramref name="Recall"/>.</param>
/// <param name="Accuracy">Share of pages whose extracted tokens equal the truth's exactly.</param>
public readonly record struct ExtractionScore(int Pages, double Precision, double Recall, double F1, double Accuracy);
