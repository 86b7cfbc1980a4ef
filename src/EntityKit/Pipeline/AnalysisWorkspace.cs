using System.Collections.Concurrent;
using EntityKit.Recognition;

namespace EntityKit.Pipeline;

/// <summary>Per-call scratch lists, reused across calls so that analysing allocates nothing per token.</summary>
internal sealed class AnalysisWorkspace
{
    private const int MaxRetainedTokens = 1 << 20;

    public List<TokenInfo> Tokens { get; } = new(1024);

    public List<Sentence> Sentences { get; } = new(64);

    /// <summary>The sentences given to recognizers when some sentence is too long (see <see cref="RecognitionSentences"/>).</summary>
    public List<Sentence> RecognitionSentences { get; } = [];

    public List<RecognizedSpan> LayerSpans { get; } = new(64);

    public List<RecognizedSpan> AcceptedSpans { get; } = new(64);

    public void Clear()
    {
        Tokens.Clear();
        Sentences.Clear();
        RecognitionSentences.Clear();
        LayerSpans.Clear();
        AcceptedSpans.Clear();
    }

    /// <summary>True when the lists grew so large (a huge article) that keeping them would waste memory.</summary>
    public bool IsOversized => Tokens.Capacity > MaxRetainedTokens;
}

/// <summary>A small lock-free pool of workspaces owned by one analyzer.</summary>
internal sealed class AnalysisWorkspacePool
{
    private readonly ConcurrentQueue<AnalysisWorkspace> _free = new();
    private readonly int _maxRetained;
    private int _count;

    public AnalysisWorkspacePool(int maxRetained) => _maxRetained = maxRetained;

    public AnalysisWorkspace Rent()
    {
        if (_free.TryDequeue(out var workspace))
        {
            Interlocked.Decrement(ref _count);
            return workspace;
        }

        return new AnalysisWorkspace();
    }

    public void Return(AnalysisWorkspace workspace)
    {
        workspace.Clear();
        if (workspace.IsOversized || Interlocked.Increment(ref _count) > _maxRetained)
        {
            if (!workspace.IsOversized)
            {
                Interlocked.Decrement(ref _count);
            }

            return;
        }

        _free.Enqueue(workspace);
    }
}
