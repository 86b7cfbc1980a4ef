using System.Collections.Immutable;
using EntityKit.Corpora;
using EntityKit.Text;

namespace EntityKit.Evaluation.Tokenization;

/// <summary>
/// Measures a tokenizer and sentence splitter against a gold corpus: each document is detokenized into natural
/// text (<see cref="BioDetokenizer"/>), re-tokenized and re-split, and the predicted token spans and sentence ends
/// are compared with the gold ones.
/// </summary>
public static class TokenizerEvaluator
{
    private const int SentenceErrorSamples = 10;

    /// <summary>Evaluates <paramref name="tokenizer"/> and <paramref name="sentenceSplitter"/> on gold documents.</summary>
    /// <param name="docs">The gold documents (streamed once).</param>
    /// <param name="tokenizer">The tokenizer under test.</param>
    /// <param name="sentenceSplitter">The sentence splitter under test.</param>
    /// <param name="topErrors">How many of the most frequent token disagreements to report.</param>
    /// <returns>The scores and the most frequent disagreements.</returns>
    public static TokenizerEvaluationResult Evaluate(
        IEnumerable<BioDocument> docs, ITokenizer tokenizer, ISentenceSplitter sentenceSplitter, int topErrors = 20)
    {
        ArgumentNullException.ThrowIfNull(docs);
        ArgumentNullException.ThrowIfNull(tokenizer);
        ArgumentNullException.ThrowIfNull(sentenceSplitter);
        ArgumentOutOfRangeException.ThrowIfNegative(topErrors);

        var detokenizer = new BioDetokenizer();
        var tokens = new List<TokenInfo>();
        var sentences = new List<Sentence>();
        var disagreements = new Dictionary<(string Gold, string Predicted), int>();
        var sentenceErrors = new List<string>();
        int documents = 0, goldSentences = 0, goldTokens = 0, predictedTokens = 0, matched = 0;
        int goldBoundaries = 0, predictedBoundaries = 0, matchedBoundaries = 0, missedSamples = 0, spuriousSamples = 0;

        foreach (var doc in docs)
        {
            var gold = detokenizer.Detokenize(doc);
            tokens.Clear();
            sentences.Clear();
            tokenizer.Tokenize(gold.Text, tokens);
            sentenceSplitter.Split(gold.Text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens), sentences);

            documents++;
            goldSentences += gold.Sentences.Length;
            goldTokens += gold.TokenOffsets.Length;
            predictedTokens += tokens.Count;
            matched += CompareTokens(gold, tokens, disagreements);

            var goldEnds = gold.Sentences.Take(gold.Sentences.Length - 1).Select(s => s.End).ToHashSet();
            var predictedEnds = sentences.Take(sentences.Count - 1).Select(s => s.End).ToHashSet();
            goldBoundaries += goldEnds.Count;
            predictedBoundaries += predictedEnds.Count;
            foreach (var end in predictedEnds)
            {
                if (goldEnds.Contains(end))
                {
                    matchedBoundaries++;
                }
                else if (spuriousSamples++ < SentenceErrorSamples)
                {
                    sentenceErrors.Add("+ " + Context(gold.Text, end));
                }
            }

            foreach (var end in goldEnds)
            {
                if (!predictedEnds.Contains(end) && missedSamples++ < SentenceErrorSamples)
                {
                    sentenceErrors.Add("- " + Context(gold.Text, end));
                }
            }
        }

        var top = disagreements
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => pair.Key.Gold, StringComparer.Ordinal)
            .Take(topErrors)
            .Select(pair => new TokenDisagreement(pair.Key.Gold, pair.Key.Predicted, pair.Value))
            .ToImmutableArray();

        return new TokenizerEvaluationResult(
            documents, goldSentences, goldTokens, predictedTokens, matched,
            goldBoundaries, predictedBoundaries, matchedBoundaries, top, [.. sentenceErrors]);
    }

    /// <summary>Counts exact span matches and records each region where gold and predicted tokens disagree (the
    /// smallest stretch of text after which both agree on a token end again).</summary>
    private static int CompareTokens(DetokenizedDocument gold, List<TokenInfo> predicted, Dictionary<(string, string), int> disagreements)
    {
        var text = gold.Text;
        var spans = gold.TokenOffsets;
        int g = 0, p = 0, matched = 0;
        while (g < spans.Length && p < predicted.Count)
        {
            if (spans[g].Start == predicted[p].Start && spans[g].Length == predicted[p].Length)
            {
                matched++;
                g++;
                p++;
                continue;
            }

            int g0 = g, p0 = p;
            var goldEnd = spans[g++].End;
            var predictedEnd = predicted[p++].End;
            while (goldEnd != predictedEnd)
            {
                if (goldEnd < predictedEnd && g < spans.Length)
                {
                    goldEnd = spans[g++].End;
                }
                else if (p < predicted.Count)
                {
                    predictedEnd = predicted[p++].End;
                }
                else if (g < spans.Length)
                {
                    goldEnd = spans[g++].End;
                }
                else
                {
                    break;
                }
            }

            var goldText = string.Join(" | ", Enumerable.Range(g0, g - g0).Select(i => spans[i].Slice(text).ToString()));
            var predictedText = string.Join(" | ", Enumerable.Range(p0, p - p0).Select(i => predicted[i].GetText(text).ToString()));
            var key = (goldText, predictedText);
            disagreements[key] = disagreements.GetValueOrDefault(key) + 1;
        }

        return matched;
    }

    private static string Context(string text, int offset)
    {
        var from = Math.Max(0, offset - 40);
        var to = Math.Min(text.Length, offset + 40);
        return (text[from..offset] + "‖" + text[offset..to]).Replace('\n', '¶');
    }
}
