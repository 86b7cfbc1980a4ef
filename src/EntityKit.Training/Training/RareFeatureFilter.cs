using System.Runtime.InteropServices;
using EntityKit.Recognition;

namespace EntityKit.Training;

/// <summary>
/// A feature-count cutoff: the features that occur fewer than a given number of times in the training documents (most
/// of them the word, affixes and trigrams of words seen once) are left out of training, so the model cannot memorise
/// single examples through them and leans on features that generalise (shape, clusters, gazetteers). Counts come from
/// one pass over the training documents before the first epoch; features that pass never sees (those built from
/// predicted labels) are kept. The bias, always the first key of a token, is always kept. Not thread-safe.
/// </summary>
internal sealed class RareFeatureFilter
{
    private readonly HashSet<ulong> _rare;

    private RareFeatureFilter(HashSet<ulong> rare) => _rare = rare;

    /// <summary>Counts every token's features in <paramref name="train"/> and keeps those seen fewer than <paramref name="minCount"/> times.</summary>
    public static RareFeatureFilter Count(
        IReadOnlyList<TrainingDocument> train, FeatureExtractor extractor, FeatureWorkspace workspace, Span<ulong> keys, int minCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minCount, 2);
        var counts = new Dictionary<ulong, int>(1 << 20);
        foreach (var document in train)
        {
            extractor.PrepareDocument(document.Text, document.Tokens, document.Sentences, workspace);
            foreach (var sentence in document.Sentences)
            {
                var sentenceTokens = extractor.PrepareSentence(document.Text, document.Tokens, sentence, workspace);
                for (var t = 0; t < sentenceTokens.Length; t++)
                {
                    var n = extractor.Extract(document.Text, sentenceTokens, t, workspace, keys);
                    foreach (var key in keys[..n])
                    {
                        CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out _)++;
                    }
                }
            }
        }

        var rare = new HashSet<ulong>();
        foreach (var (key, count) in counts)
        {
            if (count < minCount)
            {
                rare.Add(key);
            }
        }

        return new RareFeatureFilter(rare);
    }

    /// <summary>Moves the token's kept keys to the front (the first key, the bias, always stays); returns how many.</summary>
    public int Filter(Span<ulong> keys)
    {
        var kept = Math.Min(1, keys.Length);
        for (var k = 1; k < keys.Length; k++)
        {
            if (!_rare.Contains(keys[k]))
            {
                keys[kept++] = keys[k];
            }
        }

        return kept;
    }
}
