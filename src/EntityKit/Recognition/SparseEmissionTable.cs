using System.Runtime.CompilerServices;

namespace EntityKit.Recognition;

/// <summary>
/// Quantised emission weights stored sparsely: an open-addressing table from feature key to a row of
/// (label, int16 weight) entries. Immutable after construction and thread-safe.
/// </summary>
internal sealed class SparseEmissionTable
{
    private readonly ulong[] _slotKeys;
    private readonly int[] _slotRows;
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
        var capacity = 16;
        while (capacity < keys.Length * 2)
        {
            capacity <<= 1;
        }

        _mask = capacity - 1;
        _slotKeys = new ulong[capacity];
        _slotRows = new int[capacity];
        Array.Fill(_slotRows, -1);
        for (var r = 0; r < keys.Length; r++)
        {
            var slot = (int)(keys[r] & (ulong)_mask);
            while (_slotRows[slot] >= 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slotKeys[slot] = keys[r];
            _slotRows[slot] = r;
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
        var slot = (int)(key & (ulong)_mask);
        while (true)
        {
            var row = _slotRows[slot];
            if (row < 0)
            {
                return;
            }

            if (_slotKeys[slot] == key)
            {
                var end = RowStarts[row + 1];
                for (var e = RowStarts[row]; e < end; e++)
                {
                    scores[EntryLabels[e]] += EntryWeights[e];
                }

                return;
            }

            slot = (slot + 1) & _mask;
        }
    }
}
