using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace EntityKit.Recognition;

/// <summary>
/// Quantised emission weights stored sparsely: an open-addressing table from feature key to a row of
/// (label, int16 weight) entries packed into one int each. A lookup touches one slot and one contiguous row.
/// Rows that weigh most labels (the features of frequent words, shapes and positions, which real text looks up on
/// nearly every token) are also kept dense, one int16 per label, and added with SIMD instead of entry by entry.
/// Immutable after construction and thread-safe.
/// </summary>
/// <remarks>
/// A slot is 8 bytes: a 32-bit fingerprint of the key and a 32-bit value (<see cref="Slot"/>), so that the table —
/// read on every look-up, and on real text mostly outside the processor's caches — takes half the memory a full key
/// would. A key is found by its home slot (its low bits) and its fingerprint (a multiplicative hash of all its bits):
/// the table never confuses two of its own keys (the fingerprint function is re-chosen until no two keys of one probe
/// run share a fingerprint), and a key the model does not know matches a slot of its probe run with probability
/// 2<sup>−32</sup> per slot compared — about once in four billion look-ups of unknown features, when it adds that
/// slot's weights, as a hashed feature colliding would.
/// </remarks>
internal sealed class SparseEmissionTable
{
    /// <summary>A row with at least this many entries is added from its dense copy.</summary>
    internal const int DenseRowMinimum = 32;

    private readonly Slot[] _slots;
    private readonly ulong _fingerprintMultiplier;
    private readonly int[] _packed;
    private readonly short[] _dense;
    private readonly int _denseWidth;
    private readonly int _mask;

    /// <summary>The flag of a slot's value that makes it a pointer to a longer row.</summary>
    private const int RowPointer = int.MinValue;

    /// <summary>The flag of a pointer whose row is dense; the value's low 30 bits are then the dense row's index.</summary>
    private const int DenseFlag = 1 << 30;

    /// <summary>A packed row's pointer: the start in its low <see cref="StartBits"/> bits, the count above them.</summary>
    private const int StartBits = 25;

    /// <summary>The count field of a packed row's pointer: the bits between the start and <see cref="DenseFlag"/>.</summary>
    private const int CountMask = (DenseFlag >> StartBits) - 1;

    /// <summary>Fails to compile if a packed row (shorter than <see cref="DenseRowMinimum"/>) could outgrow the count field.</summary>
    private const uint CountFieldHoldsEveryPackedRow = CountMask - (DenseRowMinimum - 1);

    /// <summary>The multipliers of the fingerprint function, tried in turn until the table's keys are told apart.</summary>
    internal static readonly ulong[] FingerprintMultipliers =
        [0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93, 0xFF51AFD7ED558CCD, 0xC4CEB9FE1A85EC53];

    /// <summary>Creates a table; <paramref name="keys"/> must be strictly ascending.</summary>
    /// <param name="keys">Feature keys.</param>
    /// <param name="rowStarts">For row r, its entries are [rowStarts[r], rowStarts[r+1]); length keys.Length + 1.</param>
    /// <param name="entryLabels">Label of each entry.</param>
    /// <param name="entryWeights">Quantised weight of each entry.</param>
    public SparseEmissionTable(ulong[] keys, int[] rowStarts, byte[] entryLabels, short[] entryWeights)
    {
        Keys = keys;
        RowStarts = rowStarts;
        EntryLabels = entryLabels;
        EntryWeights = entryWeights;
        _packed = new int[entryWeights.Length];
        for (var e = 0; e < _packed.Length; e++)
        {
            _packed[e] = (entryLabels[e] << 16) | (ushort)entryWeights[e];
        }

        _denseWidth = entryLabels.Length == 0 ? 0 : entryLabels.Max() + 1;
        var denseRows = 0;
        for (var r = 0; r < keys.Length; r++)
        {
            denseRows += rowStarts[r + 1] - rowStarts[r] >= DenseRowMinimum ? 1 : 0;
        }

        // Padded by one vector, so that the last row's vector loads stay inside the array.
        _dense = new short[denseRows * _denseWidth + Math.Max(System.Numerics.Vector<short>.Count, Vector256<short>.Count)];
        if (entryWeights.Length >= 1 << StartBits)
        {
            throw new ModelFormatException(
                $"The model has {entryWeights.Length:N0} weights; the emission table holds at most {(1 << StartBits) - 1:N0}.");
        }

        var capacity = 16;
        while (capacity < keys.Length + keys.Length / 2)
        {
            capacity <<= 1;
        }

        _mask = capacity - 1;
        _slots = new Slot[capacity];
        foreach (var multiplier in FingerprintMultipliers)
        {
            _fingerprintMultiplier = multiplier;
            if (TryFill(keys, rowStarts, entryLabels, entryWeights))
            {
                return;
            }

            Array.Clear(_slots);
        }

        throw new ModelFormatException("The emission table could not tell its feature keys apart by fingerprint (are keys repeated?).");
    }

    /// <summary>
    /// Places every row (and fills the dense rows); false when a key's probe run meets a slot with its fingerprint,
    /// which would make that key unreachable, so that the caller tries the next fingerprint function.
    /// </summary>
    private bool TryFill(ulong[] keys, int[] rowStarts, byte[] entryLabels, short[] entryWeights)
    {
        Array.Clear(_dense);
        var denseRow = 0;
        for (var r = 0; r < keys.Length; r++)
        {
            var start = rowStarts[r];
            var count = rowStarts[r + 1] - start;
            if (count == 0)
            {
                continue;
            }

            var fingerprint = Fingerprint(keys[r]);
            var slot = (int)(keys[r] & (ulong)_mask);
            while (!_slots[slot].IsEmpty)
            {
                if (_slots[slot].Fingerprint == fingerprint)
                {
                    return false;
                }

                slot = (slot + 1) & _mask;
            }

            if (count >= DenseRowMinimum)
            {
                var dense = _dense.AsSpan(denseRow * _denseWidth, _denseWidth);
                for (var e = start; e < start + count; e++)
                {
                    dense[entryLabels[e]] += entryWeights[e];
                }

                _slots[slot] = new Slot(fingerprint, RowPointer | DenseFlag | denseRow);
                denseRow++;
                continue;
            }

            _slots[slot] = count == 1 && _packed[start] != 0
                ? new Slot(fingerprint, _packed[start])
                : new Slot(fingerprint, RowPointer | (count << StartBits) | start);
        }

        return true;
    }

    /// <summary>The feature keys, ascending.</summary>
    public ulong[] Keys { get; }

    /// <summary>Row boundaries into the entry arrays.</summary>
    public int[] RowStarts { get; }

    /// <summary>The label of each entry.</summary>
    public byte[] EntryLabels { get; }

    /// <summary>The quantised weight of each entry.</summary>
    public short[] EntryWeights { get; }

    /// <summary>Number of features with a row.</summary>
    public int FeatureCount => Keys.Length;

    /// <summary>Number of non-zero weights.</summary>
    public int WeightCount => EntryWeights.Length;

    /// <summary>Adds the weights of feature <paramref name="key"/> to <paramref name="scores"/>.</summary>
    public void AddTo(ulong key, Span<int> scores)
    {
        var index = FindSlot(key);
        if (index < 0)
        {
            return;
        }

        ref var scoreBase = ref MemoryMarshal.GetReference(scores);
        var value = _slots[index].Value;
        if (value < 0)
        {
            var (start, count) = Row(value);
            AddRowOrDense(ref scoreBase, start, count, scores);
        }
        else
        {
            AddPacked(ref scoreBase, value);
        }
    }

    /// <summary>
    /// Adds the weights of all <paramref name="keys"/> to <paramref name="scores"/> in three passes, so that the
    /// processor overlaps the cache misses of independent lookups instead of waiting for them one by one: first it
    /// touches the home slot of every key without branching on what it finds (the table is far larger than the
    /// processor's caches, and on real text most keys are rare words or bigrams whose slots are in main memory; a
    /// probe loop that branches on each slot's content mispredicts and serialises those misses); then it finds every
    /// row, adding the rows stored in their slots at once; and only then reads the longer rows.
    /// </summary>
    [SkipLocalsInit]
    public void AddAll(ReadOnlySpan<ulong> keys, Span<int> scores)
    {
        Span<long> rows = stackalloc long[FeatureExtractor.MaxFeatures];
        ref var slots = ref MemoryMarshal.GetArrayDataReference(_slots);
        for (var k = 0; k < keys.Length; k++)
        {
            // A plain load whose value is kept: the stack write keeps the JIT from dropping it. The next pass
            // overwrites these entries only after reading past them (found <= k).
            rows[k] = Unsafe.Add(ref slots, (int)(keys[k] & (ulong)_mask)).Value;
        }

        var found = Gather(keys, scores, rows);
        AddRows(rows[..found], scores);
    }

    /// <summary>
    /// The first half of <see cref="AddAll"/>, for callers that pipeline tokens: finds the slot of every key, adds the
    /// rows stored in their slots to <paramref name="scores"/> at once, and writes each longer row's location to
    /// <paramref name="rows"/> (and starts loading it); <see cref="AddRows"/> adds them later, when their cache lines
    /// have had time to arrive.
    /// </summary>
    /// <returns>The number of locations written to <paramref name="rows"/> (at most the number of keys).</returns>
    public int Gather(ReadOnlySpan<ulong> keys, Span<int> scores, Span<long> rows)
    {
        if (rows.Length < keys.Length)
        {
            throw new ArgumentException("There must be room for a row per key.", nameof(rows));
        }

        var found = 0;
        ref var slots = ref MemoryMarshal.GetArrayDataReference(_slots);
        ref var scoreBase = ref MemoryMarshal.GetReference(scores);
        foreach (var key in keys)
        {
            var index = FindSlot(key);
            if (index < 0)
            {
                continue;
            }

            var value = Unsafe.Add(ref slots, index).Value;
            if (value < 0)
            {
                var (start, count) = Row(value);
                rows[found++] = ((long)start << 32) | (uint)count;
                PrefetchRow(start, count);
            }
            else
            {
                AddPacked(ref scoreBase, value);
            }
        }

        return found;
    }

    /// <summary>
    /// The second half of <see cref="AddAll"/>: adds the rows <see cref="Gather"/> located. Packed rows are added entry
    /// by entry; the dense rows are added together (<see cref="AddDenseRows"/>). <paramref name="rows"/> is used as
    /// scratch.
    /// </summary>
    public void AddRows(Span<long> rows, Span<int> scores)
    {
        ref var scoreBase = ref MemoryMarshal.GetReference(scores);
        var denseCount = 0;
        for (var r = 0; r < rows.Length; r++)
        {
            var start = (int)(rows[r] >> 32);
            var count = (int)rows[r];
            if (count == DenseRowCount)
            {
                rows[denseCount++] = start;
            }
            else
            {
                AddRow(ref scoreBase, start, count);
            }
        }

        AddDenseRows(rows[..denseCount], scores);
    }

    /// <summary>
    /// Asks the processor to start loading the home slots of <paramref name="keys"/> into its caches, without waiting
    /// for them, so that a later <see cref="AddAll"/> of the same keys finds them there. Call it one token ahead: the
    /// table is far larger than the caches, and on real text most slots are in a far cache level or main memory. A hint
    /// only: it changes no result, and does nothing on processors without a prefetch instruction we can reach.
    /// </summary>
    public void Prefetch(ReadOnlySpan<ulong> keys)
    {
        if (!Sse.IsSupported)
        {
            return;
        }

        ref var slots = ref MemoryMarshal.GetArrayDataReference(_slots);
        foreach (var key in keys)
        {
            PrefetchLine(ref Unsafe.Add(ref slots, (int)(key & (ulong)_mask)));
        }
    }

    /// <summary>Starts loading the cache lines of a longer row, which the last pass of <see cref="AddAll"/> reads.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void PrefetchRow(int start, int count)
    {
        if (!Sse.IsSupported)
        {
            return;
        }

        if (count == DenseRowCount)
        {
            PrefetchRange(ref MemoryMarshal.GetArrayDataReference(_dense), start, _denseWidth, EntriesPerCacheLine * 2);
        }
        else
        {
            PrefetchRange(ref MemoryMarshal.GetArrayDataReference(_packed), start, count, EntriesPerCacheLine);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void PrefetchRange<T>(ref T array, int start, int count, int perLine)
    {
        for (var e = 0; e < count; e += perLine)
        {
            PrefetchLine(ref Unsafe.Add(ref array, start + e));
        }

        // The range's last item may sit on one more line than the stride above reached.
        PrefetchLine(ref Unsafe.Add(ref array, start + count - 1));
    }

    /// <summary>
    /// A prefetch needs an address. The slot array may move during a garbage collection, but a prefetch of a stale
    /// address is harmless (it never faults and reads nothing into the program), so the address is not pinned.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void PrefetchLine<T>(ref T item) => Sse.Prefetch0(Unsafe.AsPointer(ref item));

    /// <summary>The count field of a pointer slot whose row is dense; its start is then an offset into the dense rows.</summary>
    private const int DenseRowCount = -1;

    /// <summary>Packed entries in a 64-byte cache line.</summary>
    private const int EntriesPerCacheLine = 16;

    /// <summary>The slot holding <paramref name="key"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int FindSlot(ulong key)
    {
        ref var slots = ref MemoryMarshal.GetArrayDataReference(_slots);
        var index = (int)(key & (ulong)_mask);
        var fingerprint = Fingerprint(key);
        while (true)
        {
            ref readonly var slot = ref Unsafe.Add(ref slots, index);
            if (slot.IsEmpty)
            {
                return -1;
            }

            if (slot.Fingerprint == fingerprint)
            {
                return index;
            }

            index = (index + 1) & _mask;
        }
    }

    /// <summary>The 32 bits of a key a slot keeps: the high 32 bits of the key times an odd multiplier (a product mod
    /// 2<sup>64</sup>), so that every bit of the key counts.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private uint Fingerprint(ulong key) => (uint)((key * _fingerprintMultiplier) >> 32);

    /// <summary>Where a pointer slot's row is: the start and count of a packed row, or a dense row's start and
    /// <see cref="DenseRowCount"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private (int Start, int Count) Row(int pointer) =>
        (pointer & DenseFlag) != 0
            ? ((pointer & (DenseFlag - 1)) * _denseWidth, DenseRowCount)
            : (pointer & ((1 << StartBits) - 1), (pointer >> StartBits) & CountMask);

    /// <summary>Adds a row found through a pointer slot: a dense row (count <see cref="DenseRowCount"/>) or a packed one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddRowOrDense(ref int scoreBase, int start, int count, Span<int> scores)
    {
        if (count == DenseRowCount)
        {
            AddDense(start, scores);
        }
        else
        {
            AddRow(ref scoreBase, start, count);
        }
    }

    /// <summary>
    /// Adds the dense rows starting at <paramref name="starts"/>. With 256-bit vectors, 32 labels at a time: their four
    /// score vectors stay in registers while every row's weights for those labels are widened and added, so that the
    /// scores are loaded and stored once per block instead of once per row; then 8 labels at a time, then the rest.
    /// </summary>
    private void AddDenseRows(ReadOnlySpan<long> starts, Span<int> scores)
    {
        if (starts.IsEmpty)
        {
            return;
        }

        var width = _denseWidth;
        if (!Vector256.IsHardwareAccelerated)
        {
            foreach (var start in starts)
            {
                AddDense((int)start, scores);
            }

            return;
        }

        if (scores.Length < width)
        {
            throw new ArgumentException("The scores are shorter than the table's labels.", nameof(scores));
        }

        // Vector loads of 16 weights from a row's label i (i + 8 <= width) stay inside the array: it is padded by one
        // vector after the last row.
        ref var dense = ref MemoryMarshal.GetArrayDataReference(_dense);
        ref var score = ref MemoryMarshal.GetReference(scores);
        var i = 0;
        for (; i + 32 <= width; i += 32)
        {
            var a0 = Vector256.LoadUnsafe(ref score, (nuint)i);
            var a1 = Vector256.LoadUnsafe(ref score, (nuint)(i + 8));
            var a2 = Vector256.LoadUnsafe(ref score, (nuint)(i + 16));
            var a3 = Vector256.LoadUnsafe(ref score, (nuint)(i + 24));
            foreach (var start in starts)
            {
                var low = Vector256.LoadUnsafe(ref dense, (nuint)(start + i));
                var high = Vector256.LoadUnsafe(ref dense, (nuint)(start + i + 16));
                a0 += Vector256.WidenLower(low);
                a1 += Vector256.WidenUpper(low);
                a2 += Vector256.WidenLower(high);
                a3 += Vector256.WidenUpper(high);
            }

            a0.StoreUnsafe(ref score, (nuint)i);
            a1.StoreUnsafe(ref score, (nuint)(i + 8));
            a2.StoreUnsafe(ref score, (nuint)(i + 16));
            a3.StoreUnsafe(ref score, (nuint)(i + 24));
        }

        for (; i + 8 <= width; i += 8)
        {
            var a = Vector256.LoadUnsafe(ref score, (nuint)i);
            foreach (var start in starts)
            {
                a += Vector256.WidenLower(Vector256.LoadUnsafe(ref dense, (nuint)(start + i)));
            }

            a.StoreUnsafe(ref score, (nuint)i);
        }

        for (; i < width; i++)
        {
            var sum = 0;
            foreach (var start in starts)
            {
                sum += Unsafe.Add(ref dense, (nint)(start + i));
            }

            Unsafe.Add(ref score, i) += sum;
        }
    }

    /// <summary>Adds a dense row: int16 weights widened to int32, a vector at a time, then the tail label by label.</summary>
    private void AddDense(int start, Span<int> scores)
    {
        var width = _denseWidth;
        var row = _dense.AsSpan(start, width);
        var i = 0;
        if (System.Numerics.Vector.IsHardwareAccelerated)
        {
            var step = System.Numerics.Vector<short>.Count;
            var half = System.Numerics.Vector<int>.Count;
            for (; i + step <= width; i += step)
            {
                System.Numerics.Vector.Widen(new System.Numerics.Vector<short>(row[i..]), out var low, out var high);
                (low + new System.Numerics.Vector<int>(scores[i..])).CopyTo(scores[i..]);
                (high + new System.Numerics.Vector<int>(scores[(i + half)..])).CopyTo(scores[(i + half)..]);
            }
        }

        for (; i < width; i++)
        {
            scores[i] += row[i];
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddRow(ref int scoreBase, int start, int count)
    {
        ref var packedBase = ref MemoryMarshal.GetArrayDataReference(_packed);
        for (var e = 0; e < count; e++)
        {
            AddPacked(ref scoreBase, Unsafe.Add(ref packedBase, start + e));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddPacked(ref int scoreBase, int packed) => Unsafe.Add(ref scoreBase, packed >>> 16) += (short)packed;

    /// <summary>
    /// One slot of the open-addressing table: the key's fingerprint and a value. A row of one entry is stored in the
    /// value itself (the packed entry), so its look-up touches one cache line; a longer row is a pointer
    /// (<see cref="RowPointer"/> set): to a dense row (<see cref="DenseFlag"/> and its index) or to packed entries (count
    /// above <see cref="StartBits"/>, start below). A packed entry has its top bit clear (labels are below 256), and a
    /// row whose only entry packs to 0 (label 0, weight 0) is stored as a pointer, so an empty slot is value 0.
    /// </summary>
    [StructLayout(LayoutKind.Sequential)]
    private readonly record struct Slot(uint Fingerprint, int Value)
    {
        public bool IsEmpty => Value == 0;
    }
}
