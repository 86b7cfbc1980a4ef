using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace EntityKit.Recognition;

/// <summary>
/// First-order Viterbi decoding over BILOU labels that only follows allowed transitions, so the best path is always a
/// valid BILOU sequence. A sentence behaves as if an O came before its first token and after its last.
/// </summary>
/// <remarks>
/// Uses the shape of BILOU: a label that opens (O, B, U) may only follow a label that closes (O, L, U), and an inside
/// or last label of type X only follows B-X or I-X. So the maximum over previous labels is, for opening labels, a
/// running maximum over the closing labels computed for all opening labels at once (SIMD across them), and for the
/// others a choice between two. Immutable and thread-safe;
/// scratch arrays are passed in by the caller.
/// </remarks>
internal sealed class ConstrainedViterbi
{
    /// <summary>The score of a forbidden move; sums of two stay far from overflow.</summary>
    public const int Forbidden = -(1 << 28);

    private readonly int _labelCount;
    private readonly int[] _closing;
    private readonly int[] _opening;
    private readonly int[] _continuing;
    private readonly int[] _continuingBegin;
    private readonly int _closingStride;
    private readonly int _openingStride;

    public ConstrainedViterbi(BilouLabelSet labels)
    {
        _labelCount = labels.Count;
        if (_labelCount > 255)
        {
            throw new ArgumentException("At most 255 labels are supported.", nameof(labels));
        }

        _closing = Enumerable.Range(0, _labelCount).Where(BilouLabelSet.CanEnd).ToArray();
        _opening = Enumerable.Range(0, _labelCount).Where(BilouLabelSet.CanStart).ToArray();
        _continuing = Enumerable.Range(0, _labelCount).Where(l => !BilouLabelSet.CanStart(l)).ToArray();
        _continuingBegin = _continuing.Select(to => to - (int)BilouLabelSet.PartOf(to)).ToArray();
        _closingStride = RoundUp(_closing.Length);
        _openingStride = RoundUp(_opening.Length);
        Stride = Math.Max(_labelCount, _closingStride);
    }

    /// <summary>Length of each half of the delta scratch.</summary>
    public int Stride { get; }

    /// <summary>Size of the prepared transition matrix.</summary>
    public int PreparedSize => _closing.Length * _openingStride + _closingStride + 2 * _labelCount + _labelCount;

    /// <summary>
    /// Turns a transition matrix [from × labelCount + to] into the decoder's layout: for each closing label a row over
    /// the opening labels (padding scores <see cref="Forbidden"/>), a row over the closing labels for ending the
    /// sentence, the two predecessor scores of every continuing label, and the score of starting the sentence with
    /// each label.
    /// </summary>
    public void PrepareTransitions(ReadOnlySpan<int> transitions, Span<int> prepared)
    {
        var l = _labelCount;
        var os = _openingStride;
        prepared[..PreparedSize].Fill(Forbidden);
        for (var c = 0; c < _closing.Length; c++)
        {
            for (var o = 0; o < _opening.Length; o++)
            {
                prepared[c * os + o] = Clamp(transitions[_closing[c] * l + _opening[o]]);
            }
        }

        var end = _closing.Length * os;
        for (var c = 0; c < _closing.Length; c++)
        {
            prepared[end + c] = Clamp(transitions[_closing[c] * l + BilouLabelSet.Outside]);
        }

        var inside = end + _closingStride;
        foreach (var to in _continuing)
        {
            var begin = to - (int)BilouLabelSet.PartOf(to);
            prepared[inside + 2 * to] = Clamp(transitions[begin * l + to]);
            prepared[inside + 2 * to + 1] = Clamp(transitions[(begin + 1) * l + to]);
        }

        var start = inside + 2 * l;
        foreach (var to in _opening)
        {
            prepared[start + to] = Clamp(transitions[BilouLabelSet.Outside * l + to]);
        }
    }

    /// <summary>Finds the best valid label sequence.</summary>
    /// <param name="emissions">Scores, <c>length × labelCount</c>, row-major.</param>
    /// <param name="prepared">Transitions from <see cref="PrepareTransitions"/>.</param>
    /// <param name="length">Number of tokens.</param>
    /// <param name="backPointers">Scratch of at least <c>length × labelCount</c> bytes.</param>
    /// <param name="delta">Scratch of at least 2 × <see cref="Stride"/>.</param>
    /// <param name="labels">Receives the labels.</param>
    public void Decode(
        ReadOnlySpan<int> emissions, ReadOnlySpan<int> prepared, int length, Span<byte> backPointers, Span<int> delta, Span<int> labels)
    {
        if (length == 0)
        {
            return;
        }

        var l = _labelCount;
        var os = _openingStride;
        var endBase = _closing.Length * os;
        var insideBase = endBase + _closingStride;
        var startBase = insideBase + 2 * l;
        var current = delta[..l];
        var next = delta.Slice(Stride, l);
        Span<int> best = stackalloc int[os];
        Span<int> from = stackalloc int[os];
        current.Fill(Forbidden);
        foreach (var to in _opening)
        {
            current[to] = Clamp(prepared[startBase + to] + emissions[to]);
        }

        Normalize(current);
        for (var t = 1; t < length; t++)
        {
            var row = emissions.Slice(t * l, l);
            var back = backPointers.Slice(t * l, l);
            BestClosingBefore(current, prepared[..endBase], best, from);
            StepOpening(best, from, row, next, back);
            StepContinuing(current, prepared.Slice(insideBase, 2 * l), row, next, back);

            Normalize(next);
            var swap = current;
            current = next;
            next = swap;
        }

        Span<int> gathered = stackalloc int[_closingStride];
        gathered.Fill(Forbidden);
        for (var c = 0; c < _closing.Length; c++)
        {
            gathered[c] = current[_closing[c]];
        }

        var (_, last) = BestOf(gathered, prepared.Slice(endBase, _closingStride));
        labels[length - 1] = _closing[last];
        for (var t = length - 1; t > 0; t--)
        {
            labels[t - 1] = backPointers[t * l + labels[t]];
        }
    }

    /// <summary>Scores every opening label at token t from its best closing predecessor (<see cref="BestClosingBefore"/>).</summary>
    private void StepOpening(ReadOnlySpan<int> best, ReadOnlySpan<int> from, ReadOnlySpan<int> row, Span<int> next, Span<byte> back)
    {
        // The label arrays hold valid indexes below the label count, the length of row, next and back: checked once
        // here instead of on every element.
        if (row.Length < _labelCount || next.Length < _labelCount || back.Length < _labelCount || best.Length < _opening.Length || from.Length < _opening.Length)
        {
            throw new ArgumentException("The scratch spans are shorter than the label set.");
        }

        ref var opening = ref MemoryMarshal.GetArrayDataReference(_opening);
        ref var rowBase = ref MemoryMarshal.GetReference(row);
        ref var nextBase = ref MemoryMarshal.GetReference(next);
        ref var backBase = ref MemoryMarshal.GetReference(back);
        for (var o = 0; o < _opening.Length; o++)
        {
            var to = Unsafe.Add(ref opening, o);
            Unsafe.Add(ref nextBase, to) = Clamp(best[o] + Unsafe.Add(ref rowBase, to));
            Unsafe.Add(ref backBase, to) = (byte)from[o];
        }
    }

    /// <summary>Scores every inside and last label at token t: from B-X or I-X of its own type, whichever is better.</summary>
    private void StepContinuing(ReadOnlySpan<int> current, ReadOnlySpan<int> inside, ReadOnlySpan<int> row, Span<int> next, Span<byte> back)
    {
        if (current.Length < _labelCount || row.Length < _labelCount || next.Length < _labelCount || back.Length < _labelCount || inside.Length < 2 * _labelCount)
        {
            throw new ArgumentException("The scratch spans are shorter than the label set.");
        }

        ref var continuing = ref MemoryMarshal.GetArrayDataReference(_continuing);
        ref var beginOf = ref MemoryMarshal.GetArrayDataReference(_continuingBegin);
        ref var currentBase = ref MemoryMarshal.GetReference(current);
        ref var insideBase = ref MemoryMarshal.GetReference(inside);
        ref var rowBase = ref MemoryMarshal.GetReference(row);
        ref var nextBase = ref MemoryMarshal.GetReference(next);
        ref var backBase = ref MemoryMarshal.GetReference(back);
        for (var k = 0; k < _continuing.Length; k++)
        {
            var to = Unsafe.Add(ref continuing, k);
            var begin = Unsafe.Add(ref beginOf, k);
            var fromBegin = Unsafe.Add(ref currentBase, begin) + Unsafe.Add(ref insideBase, 2 * to);
            var fromInside = Unsafe.Add(ref currentBase, begin + 1) + Unsafe.Add(ref insideBase, 2 * to + 1);
            var useBegin = fromBegin >= fromInside;
            Unsafe.Add(ref nextBase, to) = Clamp((useBegin ? fromBegin : fromInside) + Unsafe.Add(ref rowBase, to));
            Unsafe.Add(ref backBase, to) = (byte)(useBegin ? begin : begin + 1);
        }
    }

    /// <summary>
    /// For every opening label at once (SIMD across them), the best score of coming from a closing label and which
    /// closing label gives it (the label itself): the first (lowest) one on a tie, as a scan in label order would
    /// choose.
    /// </summary>
    private void BestClosingBefore(ReadOnlySpan<int> current, ReadOnlySpan<int> rows, Span<int> best, Span<int> from)
    {
        // One vector of opening labels at a time, its best score and predecessor kept in registers across all closing
        // labels (a closing label's score is broadcast from memory on each use); ties keep the first closing label.
        var vectorsPerRow = _openingStride / Vector<int>.Count;
        var closingCount = _closing.Length;
        if (current.Length < _labelCount || rows.Length < closingCount * _openingStride || best.Length < _openingStride || from.Length < _openingStride)
        {
            throw new ArgumentException("The scratch spans are shorter than the label set.");
        }

        ref var closing = ref MemoryMarshal.GetArrayDataReference(_closing);
        ref var currentBase = ref MemoryMarshal.GetReference(current);
        ref var transitions = ref Unsafe.As<int, Vector<int>>(ref MemoryMarshal.GetReference(rows));
        ref var bestVectors = ref Unsafe.As<int, Vector<int>>(ref MemoryMarshal.GetReference(best));
        ref var fromVectors = ref Unsafe.As<int, Vector<int>>(ref MemoryMarshal.GetReference(from));
        for (var v = 0; v < vectorsPerRow; v++)
        {
            var first = closing;
            var bestVector = new Vector<int>(Unsafe.Add(ref currentBase, first)) + Unsafe.Add(ref transitions, v);
            var fromVector = new Vector<int>(first);
            for (var c = 1; c < closingCount; c++)
            {
                var label = Unsafe.Add(ref closing, c);
                var candidate = new Vector<int>(Unsafe.Add(ref currentBase, label)) + Unsafe.Add(ref transitions, c * vectorsPerRow + v);
                var better = Vector.GreaterThan(candidate, bestVector);
                bestVector = Vector.Max(candidate, bestVector);
                fromVector = Vector.ConditionalSelect(better, new Vector<int>(label), fromVector);
            }

            Unsafe.Add(ref bestVectors, v) = bestVector;
            Unsafe.Add(ref fromVectors, v) = fromVector;
        }
    }

    private static (int Best, int Index) BestOf(ReadOnlySpan<int> scores, ReadOnlySpan<int> transitions)
    {
        var vectors = MemoryMarshal.Cast<int, Vector<int>>(scores);
        var rows = MemoryMarshal.Cast<int, Vector<int>>(transitions);
        var max = vectors[0] + rows[0];
        for (var v = 1; v < rows.Length; v++)
        {
            max = Vector.Max(max, vectors[v] + rows[v]);
        }

        var best = max[0];
        for (var k = 1; k < Vector<int>.Count; k++)
        {
            best = Math.Max(best, max[k]);
        }

        var target = new Vector<int>(best);
        for (var v = 0; v < rows.Length; v++)
        {
            var equal = Vector.Equals(vectors[v] + rows[v], target);
            if (equal != Vector<int>.Zero)
            {
                for (var k = 0; k < Vector<int>.Count; k++)
                {
                    if (equal[k] != 0)
                    {
                        return (best, v * Vector<int>.Count + k);
                    }
                }
            }
        }

        return (best, 0);
    }

    private static void Normalize(Span<int> scores)
    {
        var width = Vector<int>.Count;
        var whole = scores.Length / width * width;
        var vectors = MemoryMarshal.Cast<int, Vector<int>>(scores[..whole]);
        var maxVector = new Vector<int>(int.MinValue);
        foreach (var vector in vectors)
        {
            maxVector = Vector.Max(maxVector, vector);
        }

        var max = int.MinValue;
        for (var k = 0; k < width; k++)
        {
            max = Math.Max(max, maxVector[k]);
        }

        for (var i = whole; i < scores.Length; i++)
        {
            max = Math.Max(max, scores[i]);
        }

        var shift = new Vector<int>(max);
        var floor = new Vector<int>(Forbidden);
        for (var v = 0; v < vectors.Length; v++)
        {
            vectors[v] = Vector.Max(floor, vectors[v] - shift);
        }

        for (var i = whole; i < scores.Length; i++)
        {
            scores[i] = Math.Max(Forbidden, scores[i] - max);
        }
    }

    private static int RoundUp(int count) => (count + Vector<int>.Count - 1) / Vector<int>.Count * Vector<int>.Count;

    private static int Clamp(int value) => Math.Max(Forbidden, Math.Min(-Forbidden, value));
}
