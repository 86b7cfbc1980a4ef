namespace EntityKit.Recognition;

/// <summary>
/// Which words' cached score vectors a workspace holds: a fixed number of slots, word key → slot, and when every slot
/// is taken, the least recently used word gives its slot up (CLOCK: a slot used since the hand last passed it is spared
/// once). The words of the sentence being scored are never given up, so a sentence of at most <see cref="Capacity"/>
/// tokens always has a slot for each of its words. Not thread-safe: one per workspace.
/// </summary>
internal sealed class WordScoreCache
{
    private readonly Dictionary<ulong, int> _slots;
    private readonly ulong[] _keys;
    private readonly bool[] _used;
    private readonly int[] _sentence;
    private int _currentSentence;
    private int _hand;

    public WordScoreCache(int capacity)
    {
        Capacity = capacity;
        _slots = new Dictionary<ulong, int>(capacity);
        _keys = new ulong[capacity];
        _used = new bool[capacity];
        _sentence = new int[capacity];
    }

    /// <summary>Number of slots.</summary>
    public int Capacity { get; }

    /// <summary>Number of slots holding a word.</summary>
    public int Count => _slots.Count;

    /// <summary>Starts a sentence: from now on, the words it looks up keep their slots until the next one starts.</summary>
    public void BeginSentence() => _currentSentence++;

    /// <summary>The slot of <paramref name="key"/>, or -1 when it is not cached.</summary>
    public int Find(ulong key) => _slots.TryGetValue(key, out var slot) ? slot : -1;

    /// <summary>
    /// The slot of <paramref name="key"/>, kept for the current sentence; <paramref name="added"/> tells that the
    /// word was not cached and its slot must be filled.
    /// </summary>
    public int GetOrAdd(ulong key, out bool added)
    {
        if (_slots.TryGetValue(key, out var slot))
        {
            added = false;
        }
        else
        {
            added = true;
            slot = _slots.Count < Capacity ? _slots.Count : Evict();
            _keys[slot] = key;
            _slots.Add(key, slot);
        }

        _used[slot] = true;
        _sentence[slot] = _currentSentence;
        return slot;
    }

    /// <summary>Forgets every word.</summary>
    public void Clear()
    {
        _slots.Clear();
        Array.Clear(_used);
        _hand = 0;
    }

    private int Evict()
    {
        // Terminates: a sentence of at most Capacity tokens keeps at most Capacity - 1 other slots when it needs one
        // more, and one turn of the hand clears every use bit it passes.
        while (true)
        {
            var slot = _hand;
            _hand = _hand + 1 == Capacity ? 0 : _hand + 1;
            if (_sentence[slot] == _currentSentence)
            {
                continue;
            }

            if (_used[slot])
            {
                _used[slot] = false;
                continue;
            }

            _slots.Remove(_keys[slot]);
            return slot;
        }
    }
}
