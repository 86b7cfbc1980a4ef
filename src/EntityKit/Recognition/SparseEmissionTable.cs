using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace EntityKit.Recognition;

/// <summary>
/// Quantised emission weights stored sparsely: an open-addressing table from feature key to a row of
/// (label, int16 weight) entries packed into one int each. A lookup touches one slot and one contiguous row.
/// Immutable after construction and thread-safe.
/// </summary>
internal sealed class SparseEmissionTable
{
    private readonly Slot[] _slots;
    private readonly int[] _packed;
    private readonly int _mask;

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

        var capacity = 16;
        while (capacity < keys.Length + keys.Length / 2)
        {
            capacity <<= 1;
        }

        _mask = capacity - 1;
        _slots = new Slot[capacity];
        for (var r = 0; r < keys.Length; r++)
        {
            var slot = (int)(keys[r] & (ulong)_mask);
            while (_slots[slot].Count != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = new Slot(keys[r], rowStarts[r], rowStarts[r + 1] - rowStarts[r]);
        }
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
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddTo(ulong key, Span<int> scores)
    {
        ref var slots = ref MemoryMarshal.GetArrayDataReference(_slots);
        var index = (int)(key & (ulong)_mask);
        while (true)
        {
            ref readonly var slot = ref Unsafe.Add(ref slots, index);
            if (slot.Count == 0)
            {
                return;
            }

            if (slot.Key == key)
            {
                foreach (var packed in _packed.AsSpan(slot.Start, slot.Count))
                {
                    scores[packed >>> 16] += (short)packed;
                }

                return;
            }

            index = (index + 1) & _mask;
        }
    }

    /// <summary>
    /// Adds the weights of all <paramref name="keys"/> to <paramref name="scores"/>. Finds every row first and only
    /// then reads them, so the processor overlaps the cache misses of independent lookups.
    /// </summary>
    public void AddAll(ReadOnlySpan<ulong> keys, Span<int> scores)
    {
        Span<long> rows = stackalloc long[FeatureExtractor.MaxFeatures];
        var found = 0;
        ref var slots = ref MemoryMarshal.GetArrayDataReference(_slots);
        foreach (var key in keys)
        {
            var index = (int)(key & (ulong)_mask);
            while (true)
            {
                ref readonly var slot = ref Unsafe.Add(ref slots, index);
                if (slot.Count == 0)
                {
                    break;
                }

                if (slot.Key == key)
                {
                    rows[found++] = ((long)slot.Start << 32) | (uint)slot.Count;
                    break;
                }

                index = (index + 1) & _mask;
            }
        }

        ref var packedBase = ref MemoryMarshal.GetArrayDataReference(_packed);
        ref var scoreBase = ref MemoryMarshal.GetReference(scores);
        for (var r = 0; r < found; r++)
        {
            var start = (int)(rows[r] >> 32);
            var count = (int)rows[r];
            for (var e = 0; e < count; e++)
            {
                var packed = Unsafe.Add(ref packedBase, start + e);
                Unsafe.Add(ref scoreBase, packed >>> 16) += (short)packed;
            }
        }
    }

    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    private readonly record struct Slot(ulong Key, int Start, int Count);
}
