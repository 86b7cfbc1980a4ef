using System.Collections.Concurrent;

namespace EntityKit.Recognition;

/// <summary>Per-call scratch of a sequence labeller: feature hashes, scores, back pointers and labels.</summary>
internal sealed class NerWorkspace
{
    private const int MaxRetainedTokens = 1 << 16;

    public NerWorkspace(int labelCount, int stride)
    {
        LabelCount = labelCount;
        Delta = new int[2 * stride];
        Resize(256);
    }

    public int LabelCount { get; }

    public FeatureWorkspace Features { get; } = new();

    public ulong[] Keys { get; } = new ulong[FeatureExtractor.MaxFeatures];

    /// <summary>The next token's keys, extracted (and prefetched) while the current token's are looked up.</summary>
    public ulong[] NextKeys { get; } = new ulong[FeatureExtractor.MaxFeatures];

    /// <summary>Where the current token's longer weight rows are (<see cref="SparseEmissionTable.Gather"/>).</summary>
    public long[] Rows { get; } = new long[FeatureExtractor.MaxFeatures];

    /// <summary>Where the next token's longer weight rows are, located while the current token's are added.</summary>
    public long[] NextRows { get; } = new long[FeatureExtractor.MaxFeatures];

    /// <summary>A new word's local and neighbour keys, one <see cref="FeatureExtractor.MaxFeatures"/> block each.</summary>
    public ulong[] WordKeys { get; } = new ulong[FeatureExtractor.MaxFeatures * 5];

    /// <summary>The next new word's keys, extracted (and prefetched) while the current new word's are looked up.</summary>
    public ulong[] NextWordKeys { get; } = new ulong[FeatureExtractor.MaxFeatures * 5];

    public int[] Emissions { get; private set; } = [];

    public byte[] BackPointers { get; private set; } = [];

    public int[] Delta { get; }

    public int[] Labels { get; private set; } = [];

    /// <summary>Each token's slot in the word cache, for the sentence being decoded.</summary>
    public int[] CacheSlots { get; private set; } = [];

    /// <summary>The positions of the sentence's words that were not in the word cache, in order.</summary>
    public int[] NewWordTokens { get; private set; } = [];

    /// <summary>Makes room for a sentence of <paramref name="length"/> tokens.</summary>
    public void EnsureSentence(int length)
    {
        if (Labels.Length < length)
        {
            Resize(Math.Max(length, Labels.Length * 2));
        }
    }

    public bool IsOversized => Labels.Length > MaxRetainedTokens || Features.IsOversized;

    private void Resize(int length)
    {
        Emissions = new int[length * LabelCount];
        BackPointers = new byte[length * LabelCount];
        Labels = new int[length];
        CacheSlots = new int[length];
        NewWordTokens = new int[length];
    }
}

/// <summary>A small lock-free pool of workspaces owned by one model.</summary>
internal sealed class NerWorkspacePool
{
    private readonly ConcurrentQueue<NerWorkspace> _free = new();
    private readonly int _labelCount;
    private readonly int _stride;
    private readonly int _maxRetained = Math.Max(4, 4 * Environment.ProcessorCount);
    private int _count;

    public NerWorkspacePool(int labelCount, int stride)
    {
        _labelCount = labelCount;
        _stride = stride;
    }

    public NerWorkspace Rent()
    {
        if (_free.TryDequeue(out var workspace))
        {
            Interlocked.Decrement(ref _count);
            return workspace;
        }

        return new NerWorkspace(_labelCount, _stride);
    }

    public void Return(NerWorkspace workspace)
    {
        if (workspace.IsOversized)
        {
            return;
        }

        if (Interlocked.Increment(ref _count) > _maxRetained)
        {
            Interlocked.Decrement(ref _count);
            return;
        }

        _free.Enqueue(workspace);
    }
}
