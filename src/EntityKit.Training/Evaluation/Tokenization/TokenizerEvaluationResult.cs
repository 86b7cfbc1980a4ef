using System.Collections.Immutable;

namespace EntityKit.Evaluation.Tokenization;

/// <summary>
/// How well a tokenizer and sentence splitter reproduce a gold corpus on its detokenized text.
/// </summary>
/// <remarks>
/// A gold token is <i>matched</i> when a predicted token has exactly its character span. A sentence
/// <i>boundary</i> is the end offset of a sentence that is not the last of its document (document ends are given,
/// so they are not counted); a predicted boundary is correct when a gold sentence ends at the same offset.
/// </remarks>
/// <param name="Documents">Documents evaluated.</param>
/// <param name="Sentences">Gold sentences.</param>
/// <param name="GoldTokens">Gold tokens.</param>
/// <param name="PredictedTokens">Predicted tokens.</param>
/// <param name="MatchedTokens">Gold tokens reproduced exactly.</param>
/// <param name="GoldBoundaries">Gold sentence boundaries (excluding document ends).</param>
/// <param name="PredictedBoundaries">Predicted sentence boundaries (excluding document ends).</param>
/// <param name="MatchedBoundaries">Predicted boundaries that are gold boundaries.</param>
/// <param name="TopDisagreements">The most frequent token disagreements, most frequent first.</param>
/// <param name="SentenceErrors">A few missed (<c>-</c>) and spurious (<c>+</c>) sentence boundaries with context.</param>
public sealed record TokenizerEvaluationResult(
    int Documents,
    int Sentences,
    int GoldTokens,
    int PredictedTokens,
    int MatchedTokens,
    int GoldBoundaries,
    int PredictedBoundaries,
    int MatchedBoundaries,
    ImmutableArray<TokenDisagreement> TopDisagreements,
    ImmutableArray<string> SentenceErrors)
{
    /// <summary>Share of gold tokens reproduced exactly (token-span recall).</summary>
    public double TokenAgreement => Ratio(MatchedTokens, GoldTokens);

    /// <summary>Share of predicted tokens that are exactly a gold token (token-span precision).</summary>
    public double TokenPrecision => Ratio(MatchedTokens, PredictedTokens);

    /// <summary>Sentence-boundary precision.</summary>
    public double SentencePrecision => Ratio(MatchedBoundaries, PredictedBoundaries);

    /// <summary>Sentence-boundary recall.</summary>
    public double SentenceRecall => Ratio(MatchedBoundaries, GoldBoundaries);

    /// <summary>Sentence-boundary F1.</summary>
    public double SentenceF1 =>
        SentencePrecision + SentenceRecall == 0 ? 0 : 2 * SentencePrecision * SentenceRecall / (SentencePrecision + SentenceRecall);

    private static double Ratio(int part, int whole) => whole == 0 ? 1.0 : (double)part / whole;

    /// <summary>A one-paragraph summary of the scores.</summary>
    public override string ToString() =>
        $"documents {Documents}, sentences {Sentences}, gold tokens {GoldTokens}, predicted tokens {PredictedTokens}, " +
        $"matched {MatchedTokens}: token agreement {TokenAgreement:P2}, token precision {TokenPrecision:P2}; " +
        $"sentence boundaries P {SentencePrecision:P2} R {SentenceRecall:P2} F1 {SentenceF1:P2}";
}

/// <summary>A recurring difference between gold and predicted tokens over the same characters.</summary>
/// <param name="Gold">The gold tokens, separated by <c>" | "</c>.</param>
/// <param name="Predicted">The predicted tokens, separated by <c>" | "</c>.</param>
/// <param name="Count">How often it occurred.</param>
public readonly record struct TokenDisagreement(string Gold, string Predicted, int Count);
