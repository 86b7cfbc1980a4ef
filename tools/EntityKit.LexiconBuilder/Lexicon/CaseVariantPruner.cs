using EntityKit.Lexicon;

namespace EntityKit.Training.Lexicon;

/// <summary>
/// Finds rare capitalised variants (<c>PARIS</c>, <c>Maybe</c> at a sentence start) whose clusters come from a few
/// noisy contexts while the form <see cref="WordClusters.TryGetClusters"/> falls back to (<c>Paris</c>,
/// <c>maybe</c>) is far more frequent. Leaving such variants out of the table makes the lookup use the better
/// estimate.
/// </summary>
/// <param name="maxCount">Only variants seen fewer times than this are pruned.</param>
/// <param name="minRatio">The fallback form must be at least this many times more frequent.</param>
public sealed class CaseVariantPruner(long maxCount = 50, double minRatio = 10)
{
    /// <summary>The words to leave out.</summary>
    /// <param name="words">The clustered words.</param>
    /// <param name="counts">Their corpus frequencies.</param>
    public HashSet<string> FindPrunable(IReadOnlyList<string> words, IReadOnlyList<long> counts)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(counts);
        var countOf = new Dictionary<string, long>(words.Count, StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            countOf[words[i]] = counts[i];
        }

        var pruned = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            if (counts[i] >= maxCount)
            {
                continue;
            }

            foreach (var fallback in WordClusters.CaseFallbacks(words[i]))
            {
                if (countOf.TryGetValue(fallback, out var fallbackCount))
                {
                    if (fallbackCount >= minRatio * counts[i])
                    {
                        pruned.Add(words[i]);
                    }

                    break; // the lookup stops at the first fallback present
                }
            }
        }

        return pruned;
    }
}
