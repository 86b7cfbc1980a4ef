namespace EntityKit.Recognition;

/// <summary>
/// Scratch of the feature extractor, reused across calls so that feature extraction allocates nothing per token:
/// hashes and classes of the tokens of one sentence (<see cref="FeatureExtractor.PrepareSentence"/>, for training and
/// recognition alike), plus the document-level word forms and prediction history, which grow with the document's
/// vocabulary, not its length. Not thread-safe: one workspace per call.
/// </summary>
internal sealed class FeatureWorkspace
{
    public ulong[] Word = new ulong[256];

    /// <summary>Hash of each token's exact characters: the key of the word cache.</summary>
    public ulong[] CacheKey = new ulong[256];
    public ulong[] Lower = new ulong[256];
    public ulong[] Shape = new ulong[256];
    public ulong[] ShortShape = new ulong[256];
    public byte[] Classes = new byte[256];
    public byte[] DocumentFlags = new byte[256];
    public byte[] Enclosure = new byte[256];
    public EntityKit.Lexicon.ClusterIds[] Cluster = new EntityKit.Lexicon.ClusterIds[256];
    public EntityKit.Lexicon.GazetteerHits[] Gazetteer = new EntityKit.Lexicon.GazetteerHits[256];
    public readonly Dictionary<ulong, byte> DocumentForms = new(1024);
    public readonly Dictionary<ulong, int> HistorySlots = new(1024);
    public int[] HistoryCounts = new int[1024 * 20];
    public int HistoryWidth;

    /// <summary>Cached sums of the local-feature weights of recently seen words (exact word hash → row).</summary>
    public readonly WordScoreCache WordCache = new(WordCacheCapacity);
    public int[] WordCacheScores = [];
    public const int WordCacheCapacity = 4096;

    public void EnsureCapacity(int tokenCount)
    {
        if (Word.Length >= tokenCount)
        {
            return;
        }

        var size = Math.Max(tokenCount, Word.Length * 2);
        Word = new ulong[size];
        CacheKey = new ulong[size];
        Lower = new ulong[size];
        Shape = new ulong[size];
        ShortShape = new ulong[size];
        Classes = new byte[size];
        DocumentFlags = new byte[size];
        Enclosure = new byte[size];
        Cluster = new EntityKit.Lexicon.ClusterIds[size];
        Gazetteer = new EntityKit.Lexicon.GazetteerHits[size];
    }

    /// <summary>True when the arrays grew so large that keeping them would waste memory.</summary>
    public bool IsOversized => Word.Length > 1 << 18 || DocumentForms.Count > 1 << 16 || HistorySlots.Count > 1 << 16;
}
