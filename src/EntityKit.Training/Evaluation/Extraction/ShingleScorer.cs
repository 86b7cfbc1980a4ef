using System.Globalization;
using System.Text;

namespace EntityKit.Evaluation.Extraction;

/// <summary>
/// A faithful port of the scorer of the article-extraction benchmark (scrapinghub/article-extraction-benchmark,
/// <c>evaluate.py</c>, MIT): texts are split into word tokens (Python's <c>\w+</c>), compared as multisets of
/// 4-token shingles, and each page's true/false positives and false negatives are normalised to sum to one.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class ShingleScorer
{
    /// <summary>The shingle length the benchmark uses.</summary>
    public const int ShingleLength = 4;

    /// <summary>
    /// The word tokens of <paramref name="text"/> as Python 3's <c>re.findall(r'\w+', text)</c> finds them: maximal
    /// runs of letters (categories Lu, Ll, Lt, Lm, Lo), numbers (Nd, Nl, No) and the underscore, by code point.
    /// </summary>
    /// <param name="text">Any text; null counts as empty.</param>
    public static IReadOnlyList<string> Tokenize(string? text)
    {
        var tokens = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return tokens;
        }

        var start = -1;
        var position = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsWordCharacter(rune))
            {
                start = start < 0 ? position : start;
            }
            else if (start >= 0)
            {
                tokens.Add(text[start..position]);
                start = -1;
            }

            position += rune.Utf16SequenceLength;
        }

        if (start >= 0)
        {
            tokens.Add(text[start..]);
        }

        return tokens;
    }

    /// <summary>Compares one extracted body with its ground truth.</summary>
    /// <param name="truth">The human-made article body.</param>
    /// <param name="predicted">The extracted article body.</param>
    public static ShingleMatch Match(string? truth, string? predicted)
    {
        var trueTokens = Tokenize(truth);
        var predictedTokens = Tokenize(predicted);
        var trueShingles = CountShingles(trueTokens);
        var predictedShingles = CountShingles(predictedTokens);
        double tp = 0, fp = 0, fn = 0;
        foreach (var (shingle, trueCount) in trueShingles)
        {
            var predictedCount = predictedShingles.GetValueOrDefault(shingle);
            tp += Math.Min(trueCount, predictedCount);
            fn += Math.Max(0, trueCount - predictedCount);
        }

        foreach (var (shingle, predictedCount) in predictedShingles)
        {
            fp += Math.Max(0, predictedCount - trueShingles.GetValueOrDefault(shingle));
        }

        var sum = tp + fp + fn;
        var exact = trueTokens.SequenceEqual(predictedTokens, StringComparer.Ordinal);
        return sum > 0 ? new ShingleMatch(tp / sum, fp / sum, fn / sum, exact) : new ShingleMatch(0, 0, 0, exact);
    }

    /// <summary>Averages per-page matches the way the benchmark does (see <see cref="ExtractionScore"/>).</summary>
    /// <param name="matches">One match per page.</param>
    /// <exception cref="ArgumentException">No page has predicted shingles, or none has true shingles.</exception>
    public static ExtractionScore Score(IReadOnlyCollection<ShingleMatch> matches)
    {
        ArgumentNullException.ThrowIfNull(matches);
        var withPredictions = matches.Where(m => m.TruePositive + m.FalsePositive > 0).ToList();
        var withTruth = matches.Where(m => m.TruePositive + m.FalseNegative > 0).ToList();
        if (withPredictions.Count == 0 || withTruth.Count == 0)
        {
            throw new ArgumentException("The score needs at least one page with predicted text and one with true text.", nameof(matches));
        }

        var precision = withPredictions.Average(m => m.Precision);
        var recall = withTruth.Average(m => m.Recall);
        var f1 = precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
        var accuracy = matches.Average(m => m.ExactMatch ? 1.0 : 0.0);
        return new ExtractionScore(matches.Count, precision, recall, f1, accuracy);
    }

    private static bool IsWordCharacter(Rune rune) =>
        rune.Value == '_' || Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
            _ => false,
        };

    /// <summary>Shingles of <see cref="ShingleLength"/> tokens, joined with a separator no token contains; a text
    /// shorter than that is one shingle of all its tokens, an empty text has none.</summary>
    private static Dictionary<string, int> CountShingles(IReadOnlyList<string> tokens)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var last = Math.Max(1, tokens.Count - ShingleLength + 1);
        for (var i = 0; i < last && i < tokens.Count; i++)
        {
            var length = Math.Min(ShingleLength, tokens.Count - i);
            var shingle = string.Join(' ', tokens.Skip(i).Take(length));
            counts[shingle] = counts.GetValueOrDefault(shingle) + 1;
        }

        return counts;
    }
}
