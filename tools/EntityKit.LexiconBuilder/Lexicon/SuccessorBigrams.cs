namespace EntityKit.Training.Lexicon;

/// <summary>
/// Bigram counts stored by their second item: for every successor, the distinct predecessors it follows and how often
/// (sorted by predecessor). Successors are <c>0..SuccessorCount-1</c>; predecessors are the successors themselves plus
/// <see cref="ExtraPredecessors"/> more ids from <c>SuccessorCount</c> on (with words: segment start, then any word
/// outside the clustered set).
/// </summary>
public sealed class SuccessorBigrams
{
    /// <summary>How many predecessor ids follow the successor ids.</summary>
    public const int ExtraPredecessors = 2;

    private readonly int[] _starts;
    private readonly int[] _predecessors;
    private readonly int[] _counts;
    private readonly long[] _totals;

    private SuccessorBigrams(int[] starts, int[] predecessors, int[] counts, long[] totals)
    {
        _starts = starts;
        _predecessors = predecessors;
        _counts = counts;
        _totals = totals;
    }

    /// <summary>How many successors (clustered items).</summary>
    public int SuccessorCount => _totals.Length;

    /// <summary>How many predecessor ids: <see cref="SuccessorCount"/> + <see cref="ExtraPredecessors"/>.</summary>
    public int PredecessorCount => _totals.Length + ExtraPredecessors;

    /// <summary>How many distinct (predecessor, successor) pairs.</summary>
    public long DistinctPairs => _starts[^1];

    /// <summary>The distinct predecessors of a successor, ascending.</summary>
    /// <param name="successor">The successor id.</param>
    public ReadOnlySpan<int> PredecessorsOf(int successor) => _predecessors.AsSpan(_starts[successor], _starts[successor + 1] - _starts[successor]);

    /// <summary>How often the successor follows each of <see cref="PredecessorsOf"/>, in the same order.</summary>
    /// <param name="successor">The successor id.</param>
    public ReadOnlySpan<int> CountsOf(int successor) => _counts.AsSpan(_starts[successor], _starts[successor + 1] - _starts[successor]);

    /// <summary>How many bigrams end in the successor.</summary>
    /// <param name="successor">The successor id.</param>
    public long Total(int successor) => _totals[successor];

    /// <summary>
    /// Counts the bigrams of an indexed corpus whose second token is clustered. A segment's first token follows the
    /// segment-start predecessor (<c>successorCount</c>); a token outside the set is the "other" predecessor
    /// (<c>successorCount + 1</c>) and, as a successor, is not counted (its class never changes).
    /// With <paramref name="reversed"/>, the corpus is read backwards: each token's "predecessor" is the token after
    /// it (or the segment end), which gives the right-context half of a bidirectional model.
    /// </summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="localIds">For each corpus id, its successor id, or -1 when it is not clustered.</param>
    /// <param name="successorCount">How many successor ids <paramref name="localIds"/> uses.</param>
    /// <param name="reversed">Read the corpus backwards (contexts to the right).</param>
    public static SuccessorBigrams FromCorpus(IndexedCorpus corpus, int[] localIds, int successorCount, bool reversed = false)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(localIds);
        var segmentStart = successorCount;
        var other = successorCount + 1;
        var tokens = corpus.Tokens.AsSpan(0, corpus.TokenCount);
        var starts = new int[successorCount + 1];
        foreach (var token in tokens)
        {
            if (token != IndexedCorpus.SegmentBreak && localIds[token] >= 0)
            {
                starts[localIds[token] + 1]++;
            }
        }

        for (var s = 0; s < successorCount; s++)
        {
            starts[s + 1] += starts[s];
        }

        var predecessors = new int[starts[^1]];
        var next = starts.AsSpan(0, successorCount).ToArray();
        var previous = segmentStart;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[reversed ? tokens.Length - 1 - i : i];
            if (token == IndexedCorpus.SegmentBreak)
            {
                previous = segmentStart;
                continue;
            }

            var id = localIds[token];
            if (id >= 0)
            {
                predecessors[next[id]++] = previous;
            }

            previous = id >= 0 ? id : other;
        }

        return Compact(starts, predecessors);
    }

    /// <summary>
    /// The bigrams of groups of successors: each successor becomes its group, each predecessor below
    /// <see cref="SuccessorCount"/> its successor's group, and the extra predecessors stay extra (after the groups).
    /// </summary>
    /// <param name="groupOf">The group of each successor, in <c>0..groupCount-1</c>.</param>
    /// <param name="groupCount">How many groups.</param>
    public SuccessorBigrams GroupBy(IReadOnlyList<int> groupOf, int groupCount)
    {
        ArgumentNullException.ThrowIfNull(groupOf);
        var width = groupCount + ExtraPredecessors;
        var dense = new long[(long)groupCount * width];
        for (var s = 0; s < SuccessorCount; s++)
        {
            var row = (long)groupOf[s] * width;
            var predecessors = PredecessorsOf(s);
            var counts = CountsOf(s);
            for (var i = 0; i < predecessors.Length; i++)
            {
                var v = predecessors[i];
                var group = v < SuccessorCount ? groupOf[v] : groupCount + (v - SuccessorCount);
                dense[row + group] += counts[i];
            }
        }

        var starts = new int[groupCount + 1];
        var pairs = new List<(int Predecessor, int Count)>();
        var totals = new long[groupCount];
        for (var g = 0; g < groupCount; g++)
        {
            for (var v = 0; v < width; v++)
            {
                var count = dense[((long)g * width) + v];
                if (count > 0)
                {
                    pairs.Add((v, checked((int)count)));
                    totals[g] += count;
                }
            }

            starts[g + 1] = pairs.Count;
        }

        return new SuccessorBigrams(starts, pairs.Select(p => p.Predecessor).ToArray(), pairs.Select(p => p.Count).ToArray(), totals);
    }

    /// <summary>Sorts each successor's predecessor occurrences and turns runs into (predecessor, count) pairs.</summary>
    private static SuccessorBigrams Compact(int[] starts, int[] occurrences)
    {
        var successorCount = starts.Length - 1;
        var totals = new long[successorCount];
        var counts = new int[occurrences.Length];
        var write = 0;
        var newStarts = new int[starts.Length];
        for (var s = 0; s < successorCount; s++)
        {
            var segment = occurrences.AsSpan(starts[s], starts[s + 1] - starts[s]);
            segment.Sort();
            totals[s] = segment.Length;
            newStarts[s] = write;
            for (var i = 0; i < segment.Length;)
            {
                var j = i + 1;
                while (j < segment.Length && segment[j] == segment[i])
                {
                    j++;
                }

                // write never overtakes the read position, so compacting in place is safe.
                occurrences[write] = segment[i];
                counts[write] = j - i;
                write++;
                i = j;
            }
        }

        newStarts[successorCount] = write;
        return new SuccessorBigrams(newStarts, occurrences.AsSpan(0, write).ToArray(), counts.AsSpan(0, write).ToArray(), totals);
    }
}
