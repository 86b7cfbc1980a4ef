using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;
using EntityKit.Lexicon;

namespace EntityKit.Recognition;

/// <summary>
/// The lexicon as a model stores it: word clusters and gazetteer phrases keyed by 64-bit hashes of their exact
/// token text, in open-addressing tables that load in milliseconds. Gives the same cluster ids and gazetteer hits as
/// <see cref="WordClusters.TryGetClusters"/> and <see cref="Gazetteer.Annotate(ReadOnlySpan{char}, ReadOnlySpan{TokenInfo}, Span{GazetteerHits}, GazetteerMatchMode)"/>
/// (all matches, exact case). Immutable and thread-safe; allocates nothing per token.
/// </summary>
internal sealed class HashedLexicon : ITokenLexicon
{
    private const ulong PhraseSeed = 0x6A09E667F3BCC908UL;
    private const ulong LongerPhraseFlag = 1UL << 32;

    public HashedLexicon(HashTable? clusters, byte[] clusterBits, HashTable? phrases, int maxPhraseTokens)
    {
        Clusters = clusters;
        ClusterBits = clusterBits;
        Phrases = phrases;
        MaxPhraseTokens = maxPhraseTokens;
    }

    /// <summary>Exact word hash → the word's cluster ids, packed from the lowest bits up (<see cref="ClusterBits"/>).</summary>
    public HashTable? Clusters { get; }

    /// <summary>The bits of each level's id in a packed value: 16 each for up to four levels, else just enough for each level's size.</summary>
    public byte[] ClusterBits { get; }

    /// <summary>Number of cluster levels (1 to <see cref="ClusterIds.MaxLevels"/>).</summary>
    public int ClusterLevels => ClusterBits.Length;

    /// <summary>
    /// The bits each level's id takes in a packed value: 16 for tables of up to four levels (the layout of every model
    /// written before tables could have more), else the fewest bits that hold the level's largest id.
    /// </summary>
    /// <exception cref="NotSupportedException">The ids need more than 64 bits together.</exception>
    public static byte[] BitsFor(ReadOnlySpan<int> levelSizes)
    {
        var bits = new byte[levelSizes.Length];
        var total = 0;
        for (var level = 0; level < bits.Length; level++)
        {
            bits[level] = levelSizes.Length <= 4 ? (byte)16 : (byte)Math.Max(1, 32 - System.Numerics.BitOperations.LeadingZeroCount((uint)(levelSizes[level] - 1)));
            total += bits[level];
        }

        if (total > 64)
        {
            throw new NotSupportedException(
                $"The cluster levels ({string.Join('/', levelSizes.ToArray())}) need {total} bits of ids per word; a model stores at most 64.");
        }

        return bits;
    }

    /// <summary>Phrase-prefix hash → categories (low 32 bits) and "a longer phrase continues" (bit 32).</summary>
    public HashTable? Phrases { get; }

    /// <summary>Tokens in the longest phrase.</summary>
    public int MaxPhraseTokens { get; }

    /// <summary>Converts the lexicon's runtime objects.</summary>
    public static HashedLexicon From(WordClusters? clusters, Gazetteer? gazetteer)
    {
        HashTable? clusterTable = null;
        byte[] bits = [];
        if (clusters is not null)
        {
            bits = BitsFor(clusters.LevelSizes);
            var entries = new Dictionary<ulong, ulong>();
            var canonicalKeys = new HashSet<ulong>();
            foreach (var word in clusters.Words)
            {
                clusters.TryGetExact(word, out var ids);
                ulong packed = 0;
                var shift = 0;
                for (var level = 0; level < ids.Count; level++)
                {
                    packed |= (ulong)ids[level] << shift;
                    shift += bits[level];
                }

                // Typographic variants ("’s", "—") fold onto the key of their ASCII form; the word already spelled
                // that way keeps its own clusters, and a variant only fills a key no such word has.
                var key = Hash(word, CaseForm.Exact);
                if (IsCanonical(word))
                {
                    canonicalKeys.Add(key);
                    entries[key] = packed;
                }
                else if (!canonicalKeys.Contains(key))
                {
                    entries.TryAdd(key, packed);
                }
            }

            clusterTable = HashTable.Create(entries);
        }

        HashTable? phraseTable = null;
        var maxTokens = 0;
        if (gazetteer is not null)
        {
            if (gazetteer.IgnoreCase)
            {
                throw new NotSupportedException("Only case-sensitive gazetteers can be stored in a model.");
            }

            var entries = new Dictionary<ulong, ulong>();
            foreach (var entry in gazetteer.Entries)
            {
                var tokens = entry.Phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                maxTokens = Math.Max(maxTokens, tokens.Length);
                var key = PhraseSeed;
                for (var t = 0; t < tokens.Length; t++)
                {
                    key = Extend(key, Hash(tokens[t], CaseForm.Exact));
                    var value = entries.GetValueOrDefault(key);
                    value |= t == tokens.Length - 1 ? (uint)entry.Categories : LongerPhraseFlag;
                    entries[key] = value;
                }
            }

            phraseTable = HashTable.Create(entries);
        }

        return new HashedLexicon(clusterTable, bits, phraseTable, maxTokens);
    }

    public void AnnotateRange(ReadOnlySpan<char> text, ReadOnlySpan<TokenInfo> tokens, int first, Span<ClusterIds> clusters, Span<GazetteerHits> gazetteer)
    {
        // A chunk's words are hashed and the home slots of their cluster and first phrase look-ups prefetched before
        // any is looked up, so that the tables' cache misses (both are far larger than the processor's caches)
        // overlap instead of stalling one by one.
        const int chunk = 64;
        var count = clusters.Length;
        Span<int> ids = stackalloc int[ClusterIds.MaxLevels];
        Span<ulong> hashes = stackalloc ulong[chunk];
        for (var chunkStart = 0; chunkStart < count; chunkStart += chunk)
        {
            var n = Math.Min(chunk, count - chunkStart);
            for (var i = 0; i < n; i++)
            {
                var hash = Hash(tokens[first + chunkStart + i].GetText(text), CaseForm.Exact);
                hashes[i] = hash;
                Clusters?.Prefetch(hash);
                Phrases?.Prefetch(Extend(PhraseSeed, hash));
            }

            for (var i = 0; i < n; i++)
            {
                var t = chunkStart + i;
                clusters[t] = Clusters is not null && TryGetClusters(tokens[first + t].GetText(text), hashes[i], out var packed)
                    ? Unpack(packed, ids)
                    : default;
                gazetteer[t] = default;
            }
        }

        if (Phrases is null)
        {
            return;
        }

        // Every phrase that covers a token of the range starts at most MaxPhraseTokens - 1 tokens before it.
        var rangeEnd = first + count;
        for (var start = Math.Max(0, first - MaxPhraseTokens + 1); start < rangeEnd; start++)
        {
            var key = PhraseSeed;
            for (var end = start; end < tokens.Length && end - start < MaxPhraseTokens; end++)
            {
                key = Extend(key, Hash(tokens[end].GetText(text), CaseForm.Exact));
                if (!Phrases.TryGetValue(key, out var value))
                {
                    break;
                }

                var categories = (GazetteerCategories)(uint)value;
                if (categories != GazetteerCategories.None && end >= first)
                {
                    GazetteerHits.Mark(gazetteer, start - first, end - first, categories);
                }

                if ((value & LongerPhraseFlag) == 0)
                {
                    break;
                }
            }
        }
    }

    private bool TryGetClusters(ReadOnlySpan<char> word, ulong exactHash, out ulong packed)
    {
        if (Clusters!.TryGetValue(exactHash, out packed))
        {
            return true;
        }

        if (word.Length is 0 or > WordClusters.MaxFallbackLength || !WordCase.HasUpper(word))
        {
            return false;
        }

        if (WordCase.IsAllCaps(word) && Clusters.TryGetValue(Hash(word, CaseForm.Title), out packed))
        {
            return true;
        }

        return Clusters.TryGetValue(Hash(word, CaseForm.Lower), out packed);
    }

    private ClusterIds Unpack(ulong packed, Span<int> ids)
    {
        var bits = ClusterBits;
        for (var level = 0; level < bits.Length; level++)
        {
            ids[level] = (int)(packed & ((1UL << bits[level]) - 1));
            packed >>= bits[level];
        }

        return new ClusterIds(ids[..ClusterLevels]);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Extend(ulong key, ulong token) => FeatureHash.Combine(key, 1, token);

    /// <summary>FNV-1a of the characters (typographic quotes and dashes folded, as in <see cref="FeatureHash.Normalize"/>)
    /// in the given case form, finished with a mixer.</summary>
    internal static ulong Hash(ReadOnlySpan<char> word, CaseForm form)
    {
        var h = 14695981039346656037UL;
        for (var i = 0; i < word.Length; i++)
        {
            var c = FeatureHash.Normalize(word[i]);
            c = form == CaseForm.Lower || (form == CaseForm.Title && i > 0) ? char.ToLowerInvariant(c) : c;
            h = (h ^ c) * 1099511628211UL;
        }

        return FeatureHash.Combine(0, 0, h);
    }

    private static bool IsCanonical(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (FeatureHash.Normalize(c) != c)
            {
                return false;
            }
        }

        return true;
    }

    internal enum CaseForm
    {
        Exact,
        Title,
        Lower,
    }
}

/// <summary>An immutable open-addressing table from 64-bit keys to 64-bit values; keys kept sorted for storage.</summary>
internal sealed class HashTable
{
    /// <summary>The key that marks an empty slot; a real key of this value is kept outside the slots.</summary>
    private const ulong EmptyKey = 0;

    private readonly Entry[] _slots;
    private readonly int _mask;
    private readonly bool _hasEmptyKey;
    private readonly ulong _emptyKeyValue;

    public HashTable(ulong[] keys, ulong[] values)
    {
        Keys = keys;
        Values = values;
        // At most two thirds full: the word-cluster table (300k words) then takes 8 MB instead of 16 MB at half full,
        // which keeps more of it in the processor's caches, while a look-up still probes a few slots at most.
        var capacity = 16;
        while (capacity < keys.Length + keys.Length / 2)
        {
            capacity <<= 1;
        }

        _mask = capacity - 1;
        _slots = new Entry[capacity];
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] == EmptyKey)
            {
                _hasEmptyKey = true;
                _emptyKeyValue = values[i];
                continue;
            }

            var slot = (int)(keys[i] & (ulong)_mask);
            while (_slots[slot].Key != EmptyKey)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = new Entry(keys[i], values[i]);
        }
    }

    /// <summary>The keys, strictly ascending.</summary>
    public ulong[] Keys { get; }

    /// <summary>The value of each key.</summary>
    public ulong[] Values { get; }

    public static HashTable Create(Dictionary<ulong, ulong> entries)
    {
        var keys = entries.Keys.ToArray();
        Array.Sort(keys);
        return new HashTable(keys, keys.Select(k => entries[k]).ToArray());
    }

    /// <summary>
    /// Looks <paramref name="key"/> up. A slot holds its key and value side by side, so a look-up of a key in its home
    /// slot reads one cache line.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetValue(ulong key, out ulong value)
    {
        if (key == EmptyKey)
        {
            value = _hasEmptyKey ? _emptyKeyValue : 0;
            return _hasEmptyKey;
        }

        ref var slots = ref MemoryMarshal.GetArrayDataReference(_slots);
        var slot = (int)(key & (ulong)_mask);
        while (true)
        {
            ref readonly var entry = ref Unsafe.Add(ref slots, slot);
            if (entry.Key == key)
            {
                value = entry.Value;
                return true;
            }

            if (entry.Key == EmptyKey)
            {
                value = 0;
                return false;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>
    /// Asks the processor to start loading <paramref name="key"/>'s home slot, so that a later
    /// <see cref="TryGetValue"/> finds it in cache. A hint only: it changes no result.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public unsafe void Prefetch(ulong key)
    {
        if (Sse.IsSupported)
        {
            // A stale address after a garbage collection moved the array is harmless: a prefetch never faults.
            Sse.Prefetch0(Unsafe.AsPointer(ref _slots[(int)(key & (ulong)_mask)]));
        }
    }

    private readonly record struct Entry(ulong Key, ulong Value);
}
