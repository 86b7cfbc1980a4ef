namespace EntityKit.Recognition;

/// <summary>
/// Max-marginal scores of a first-order BILOU lattice: for every token t and label y, the best total score (emissions
/// plus transitions, valid BILOU paths only, an O before the first token and after the last, as
/// <see cref="ConstrainedViterbi"/> decodes) of any path through (t, y), minus the best path's score. The decoded label
/// of each token scores 0 and every other label at most 0; a label no valid path reaches (an inside label on the first
/// token, say) scores <see cref="double.NegativeInfinity"/>.
/// </summary>
/// <remarks>
/// One forward and one backward Viterbi pass, each over the allowed predecessors only. Scalar and unhurried: it serves
/// exports (<c>entitykit export-tokens --scores</c>), not the analyzer's hot path.
/// </remarks>
internal sealed class MaxMarginals
{
    private readonly int _labelCount;
    private readonly int[][] _predecessors;
    private readonly int[][] _successors;

    public MaxMarginals(BilouLabelSet labels)
    {
        _labelCount = labels.Count;
        var l = _labelCount;
        _predecessors = Enumerable.Range(0, l).Select(to => Enumerable.Range(0, l).Where(from => labels.IsAllowed(from, to)).ToArray()).ToArray();
        _successors = Enumerable.Range(0, l).Select(from => Enumerable.Range(0, l).Where(to => labels.IsAllowed(from, to)).ToArray()).ToArray();
    }

    /// <summary>Computes the max-marginals of one sentence.</summary>
    /// <param name="emissions">Scores, <c>length × labelCount</c>, row-major.</param>
    /// <param name="transitions">The transition matrix, <c>[from × labelCount + to]</c>.</param>
    /// <param name="length">Number of tokens.</param>
    /// <param name="scale">Multiplies every result (a model's weight units per emission unit).</param>
    /// <param name="scores">Receives <c>length × labelCount</c> max-marginals, each at most 0.</param>
    public void Compute(ReadOnlySpan<int> emissions, ReadOnlySpan<int> transitions, int length, float scale, Span<float> scores)
    {
        if (length == 0)
        {
            return;
        }

        var l = _labelCount;
        var forward = new double[length * l];
        var backward = new double[length * l];
        for (var y = 0; y < l; y++)
        {
            forward[y] = BilouLabelSet.CanStart(y)
                ? (double)transitions[BilouLabelSet.Outside * l + y] + emissions[y]
                : double.NegativeInfinity;
            backward[(length - 1) * l + y] = BilouLabelSet.CanEnd(y)
                ? transitions[y * l + BilouLabelSet.Outside]
                : double.NegativeInfinity;
        }

        for (var t = 1; t < length; t++)
        {
            for (var y = 0; y < l; y++)
            {
                var best = double.NegativeInfinity;
                foreach (var x in _predecessors[y])
                {
                    best = Math.Max(best, forward[(t - 1) * l + x] + transitions[x * l + y]);
                }

                forward[t * l + y] = best + emissions[t * l + y];
            }
        }

        for (var t = length - 2; t >= 0; t--)
        {
            for (var x = 0; x < l; x++)
            {
                var best = double.NegativeInfinity;
                foreach (var y in _successors[x])
                {
                    best = Math.Max(best, transitions[x * l + y] + emissions[(t + 1) * l + y] + backward[(t + 1) * l + y]);
                }

                backward[t * l + x] = best;
            }
        }

        var total = double.NegativeInfinity;
        for (var y = 0; y < l; y++)
        {
            total = Math.Max(total, forward[(length - 1) * l + y] + backward[(length - 1) * l + y]);
        }

        for (var i = 0; i < length * l; i++)
        {
            var through = forward[i] + backward[i];
            scores[i] = double.IsNegativeInfinity(through) ? float.NegativeInfinity : (float)((through - total) * scale);
        }
    }
}
