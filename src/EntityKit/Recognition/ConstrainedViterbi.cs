namespace EntityKit.Recognition;

/// <summary>
/// First-order Viterbi decoding over BILOU labels that only follows allowed transitions, so the best path is always a
/// valid BILOU sequence. A sentence behaves as if an O came before its first token and after its last.
/// </summary>
/// <remarks>Immutable and thread-safe; scratch arrays are passed in by the caller.</remarks>
internal sealed class ConstrainedViterbi
{
    private const long Impossible = long.MinValue / 4;
    private readonly int _labelCount;
    private readonly int[][] _predecessors;

    public ConstrainedViterbi(BilouLabelSet labels)
    {
        _labelCount = labels.Count;
        if (_labelCount > 255)
        {
            throw new ArgumentException("At most 255 labels are supported.", nameof(labels));
        }

        _predecessors = new int[_labelCount][];
        for (var to = 0; to < _labelCount; to++)
        {
            var list = new List<int>();
            for (var from = 0; from < _labelCount; from++)
            {
                if (labels.IsAllowed(from, to))
                {
                    list.Add(from);
                }
            }

            _predecessors[to] = [.. list];
        }
    }

    /// <summary>Scratch space needed for a sentence of <paramref name="length"/> tokens, in bytes of back pointers.</summary>
    public int BackPointerSize(int length) => length * _labelCount;

    /// <summary>Finds the best valid label sequence.</summary>
    /// <param name="emissions">Scores, <c>length × labelCount</c>, row-major.</param>
    /// <param name="transitions">Transition scores, <c>labelCount × labelCount</c>, [from × labelCount + to].</param>
    /// <param name="length">Number of tokens.</param>
    /// <param name="backPointers">Scratch of at least <see cref="BackPointerSize"/> bytes.</param>
    /// <param name="delta">Scratch of at least 2 × labelCount.</param>
    /// <param name="labels">Receives the labels.</param>
    /// <returns>The score of the best path.</returns>
    public long Decode(
        ReadOnlySpan<int> emissions, ReadOnlySpan<int> transitions, int length, Span<byte> backPointers, Span<long> delta, Span<int> labels)
    {
        if (length == 0)
        {
            return 0;
        }

        var l = _labelCount;
        var current = delta[..l];
        var next = delta.Slice(l, l);
        for (var to = 0; to < l; to++)
        {
            current[to] = BilouLabelSet.CanStart(to)
                ? (long)transitions[to] + emissions[to]
                : Impossible;
        }

        for (var t = 1; t < length; t++)
        {
            var row = emissions.Slice(t * l, l);
            var back = backPointers.Slice(t * l, l);
            for (var to = 0; to < l; to++)
            {
                var best = Impossible;
                var bestFrom = 0;
                foreach (var from in _predecessors[to])
                {
                    var score = current[from] + transitions[from * l + to];
                    if (score > best)
                    {
                        best = score;
                        bestFrom = from;
                    }
                }

                next[to] = best + row[to];
                back[to] = (byte)bestFrom;
            }

            var swap = current;
            current = next;
            next = swap;
        }

        var bestLast = 0;
        var bestScore = Impossible;
        for (var from = 0; from < l; from++)
        {
            if (!BilouLabelSet.CanEnd(from))
            {
                continue;
            }

            var score = current[from] + transitions[from * l];
            if (score > bestScore)
            {
                bestScore = score;
                bestLast = from;
            }
        }

        labels[length - 1] = bestLast;
        for (var t = length - 1; t > 0; t--)
        {
            labels[t - 1] = backPointers[t * l + labels[t]];
        }

        return bestScore;
    }
}
