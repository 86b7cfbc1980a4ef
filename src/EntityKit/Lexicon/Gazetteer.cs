using System.Buffers;
using System.Collections.Frozen;

namespace EntityKit.Lexicon;

/// <summary>
/// Lists of names (countries, cities, first names, companies…) matched against token sequences in one pass with a
/// trie over token strings. For each token it reports, BILOU-style, the categories of the phrases that start,
/// continue, end at, or are exactly that token (<see cref="GazetteerHits"/>).
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Matching is ordinal, case-sensitive or case-insensitive as chosen when the gazetteer is
/// made (make two instances from the same entries to get both). The cost per token is bounded by
/// <see cref="MaxPhraseTokens"/> dictionary look-ups whatever the number of phrases, and
/// <see cref="Annotate(ReadOnlySpan{char}, ReadOnlySpan{TokenInfo}, Span{GazetteerHits}, GazetteerMatchMode)"/>
/// allocates nothing (long inputs borrow a pooled buffer).
/// </remarks>
public sealed class Gazetteer
{
    private const int StackTokenLimit = 256;
    private const int Unknown = -1;

    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _tokenIds;
    private readonly FrozenDictionary<long, int> _edges;
    private readonly GazetteerCategories[] _terminals;
    private readonly GazetteerEntry[] _entries;

    private Gazetteer(FrozenDictionary<string, int> tokenIds, FrozenDictionary<long, int> edges, GazetteerCategories[] terminals, GazetteerEntry[] entries, bool ignoreCase, int maxPhraseTokens)
    {
        _tokenIds = tokenIds.GetAlternateLookup<ReadOnlySpan<char>>();
        _edges = edges;
        _terminals = terminals;
        _entries = entries;
        IgnoreCase = ignoreCase;
        MaxPhraseTokens = maxPhraseTokens;
    }

    /// <summary>True when tokens match regardless of case (ordinal ignore-case).</summary>
    public bool IgnoreCase { get; }

    /// <summary>The number of tokens in the longest phrase.</summary>
    public int MaxPhraseTokens { get; }

    /// <summary>The distinct phrases with their merged categories, sorted ordinally by phrase.</summary>
    public IReadOnlyList<GazetteerEntry> Entries => _entries;

    /// <summary>Builds a gazetteer. Phrases that repeat (exactly) have their categories merged.</summary>
    /// <param name="entries">Phrases (tokens separated by spaces; runs of whitespace count as one) with their categories.</param>
    /// <param name="ignoreCase">Match tokens regardless of case.</param>
    /// <exception cref="ArgumentException">A phrase is blank or has no category.</exception>
    public static Gazetteer Create(IEnumerable<GazetteerEntry> entries, bool ignoreCase = false)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var merged = new Dictionary<string, GazetteerCategories>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (entry.Categories == GazetteerCategories.None)
            {
                throw new ArgumentException($"The phrase '{entry.Phrase}' has no category.", nameof(entries));
            }

            var phrase = NormalizeSpaces(entry.Phrase);
            if (phrase.Length == 0)
            {
                throw new ArgumentException("A phrase is blank.", nameof(entries));
            }

            merged[phrase] = merged.GetValueOrDefault(phrase) | entry.Categories;
        }

        var sorted = merged.Select(p => new GazetteerEntry(p.Key, p.Value)).ToArray();
        Array.Sort(sorted, (a, b) => string.CompareOrdinal(a.Phrase, b.Phrase));

        var comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        var tokenIds = new Dictionary<string, int>(comparer);
        var edges = new Dictionary<long, int>();
        var terminals = new List<GazetteerCategories> { GazetteerCategories.None };
        var maxTokens = 0;
        foreach (var entry in sorted)
        {
            var node = 0;
            var tokens = entry.Phrase.Split(' ');
            maxTokens = Math.Max(maxTokens, tokens.Length);
            foreach (var token in tokens)
            {
                if (!tokenIds.TryGetValue(token, out var tokenId))
                {
                    tokenId = tokenIds.Count;
                    tokenIds.Add(token, tokenId);
                }

                var key = EdgeKey(node, tokenId);
                if (!edges.TryGetValue(key, out var child))
                {
                    child = terminals.Count;
                    terminals.Add(GazetteerCategories.None);
                    edges.Add(key, child);
                }

                node = child;
            }

            terminals[node] |= entry.Categories;
        }

        return new Gazetteer(tokenIds.ToFrozenDictionary(comparer), edges.ToFrozenDictionary(), terminals.ToArray(), sorted, ignoreCase, maxTokens);
    }

    /// <summary>Reads a gazetteer written by <see cref="Save"/>.</summary>
    /// <param name="stream">The serialized gazetteer; read to its end, not closed.</param>
    /// <param name="ignoreCase">Match tokens regardless of case.</param>
    /// <exception cref="InvalidDataException">The data is not a gazetteer of a supported version.</exception>
    public static Gazetteer Load(Stream stream, bool ignoreCase = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return Create(GazetteerFormat.Read(stream), ignoreCase);
    }

    /// <summary>Reads several gazetteers written by <see cref="Save"/> (for example lists under different licences) into one.</summary>
    /// <param name="streams">The serialized gazetteers; each read to its end, none closed.</param>
    /// <param name="ignoreCase">Match tokens regardless of case.</param>
    /// <exception cref="InvalidDataException">A stream is not a gazetteer of a supported version.</exception>
    public static Gazetteer Load(IEnumerable<Stream> streams, bool ignoreCase = false)
    {
        ArgumentNullException.ThrowIfNull(streams);
        var entries = new List<GazetteerEntry>();
        foreach (var stream in streams)
        {
            entries.AddRange(GazetteerFormat.Read(stream));
        }

        return Create(entries, ignoreCase);
    }

    /// <summary>Writes the entries in the compact versioned format that <see cref="Load(Stream, bool)"/> reads (sorted, so the bytes are deterministic).</summary>
    /// <param name="stream">Where to write; not closed.</param>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        GazetteerFormat.Write(stream, _entries);
    }

    /// <summary>The categories of a whole phrase (tokens separated by single spaces), or none when it is not listed.</summary>
    /// <param name="phrase">The phrase, e.g. <c>New York</c>.</param>
    public GazetteerCategories Lookup(ReadOnlySpan<char> phrase)
    {
        var node = 0;
        foreach (var range in phrase.Split(' '))
        {
            if (!_tokenIds.TryGetValue(phrase[range], out var tokenId) || !_edges.TryGetValue(EdgeKey(node, tokenId), out node))
            {
                return GazetteerCategories.None;
            }
        }

        return _terminals[node];
    }

    /// <summary>
    /// Finds the listed phrases in a token sequence and writes, for each token, which categories start, continue,
    /// end at, or are exactly that token. Allocates nothing.
    /// </summary>
    /// <param name="text">The text the tokens index into.</param>
    /// <param name="tokens">The tokens, in order.</param>
    /// <param name="perToken">Receives one entry per token (its first <c>tokens.Length</c> items are overwritten).</param>
    /// <param name="mode">All overlapping matches, or left-to-right longest matches.</param>
    /// <exception cref="ArgumentException"><paramref name="perToken"/> is shorter than <paramref name="tokens"/>.</exception>
    public void Annotate(ReadOnlySpan<char> text, ReadOnlySpan<TokenInfo> tokens, Span<GazetteerHits> perToken, GazetteerMatchMode mode = GazetteerMatchMode.AllMatches) =>
        Annotate(new TextTokens(text, tokens), perToken, mode);

    /// <summary>
    /// Finds the listed phrases in a sequence of token strings (for example a sentence of a tagged corpus) and writes,
    /// for each token, which categories start, continue, end at, or are exactly that token. Allocates nothing.
    /// </summary>
    /// <param name="tokens">The token strings, in order.</param>
    /// <param name="perToken">Receives one entry per token (its first <c>tokens.Length</c> items are overwritten).</param>
    /// <param name="mode">All overlapping matches, or left-to-right longest matches.</param>
    /// <exception cref="ArgumentException"><paramref name="perToken"/> is shorter than <paramref name="tokens"/>.</exception>
    public void Annotate(ReadOnlySpan<string> tokens, Span<GazetteerHits> perToken, GazetteerMatchMode mode = GazetteerMatchMode.AllMatches) =>
        Annotate(new StringTokens(tokens), perToken, mode);

    private void Annotate<TTokens>(TTokens tokens, Span<GazetteerHits> perToken, GazetteerMatchMode mode)
        where TTokens : ITokenTexts, allows ref struct
    {
        var count = tokens.Count;
        if (perToken.Length < count)
        {
            throw new ArgumentException($"Need room for {count} tokens, got {perToken.Length}.", nameof(perToken));
        }

        perToken[..count].Clear();
        if (count == 0 || MaxPhraseTokens == 0)
        {
            return;
        }

        int[]? rented = null;
        var ids = count <= StackTokenLimit ? stackalloc int[count] : (rented = ArrayPool<int>.Shared.Rent(count)).AsSpan(0, count);
        try
        {
            for (var i = 0; i < count; i++)
            {
                ids[i] = _tokenIds.TryGetValue(tokens.Get(i), out var id) ? id : Unknown;
            }

            var start = 0;
            while (start < count)
            {
                var longestEnd = -1;
                var longestCategories = GazetteerCategories.None;
                var node = 0;
                for (var end = start; end < count && ids[end] != Unknown && _edges.TryGetValue(EdgeKey(node, ids[end]), out node); end++)
                {
                    var categories = _terminals[node];
                    if (categories == GazetteerCategories.None)
                    {
                        continue;
                    }

                    if (mode == GazetteerMatchMode.AllMatches)
                    {
                        Mark(perToken, start, end, categories);
                    }
                    else
                    {
                        longestEnd = end;
                        longestCategories = categories;
                    }
                }

                if (longestEnd >= 0)
                {
                    Mark(perToken, start, longestEnd, longestCategories);
                    start = longestEnd + 1;
                }
                else
                {
                    start++;
                }
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<int>.Shared.Return(rented);
            }
        }
    }

    private static void Mark(Span<GazetteerHits> perToken, int first, int last, GazetteerCategories categories)
    {
        if (first == last)
        {
            perToken[first].Unit |= categories;
            return;
        }

        perToken[first].Begin |= categories;
        for (var i = first + 1; i < last; i++)
        {
            perToken[i].Inside |= categories;
        }

        perToken[last].Last |= categories;
    }

    private static long EdgeKey(int node, int tokenId) => ((long)node << 32) | (uint)tokenId;

    private static string NormalizeSpaces(string phrase) =>
        string.Join(' ', (phrase ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private interface ITokenTexts
    {
        int Count { get; }

        ReadOnlySpan<char> Get(int index);
    }

    private readonly ref struct TextTokens(ReadOnlySpan<char> text, ReadOnlySpan<TokenInfo> tokens) : ITokenTexts
    {
        private readonly ReadOnlySpan<char> _text = text;
        private readonly ReadOnlySpan<TokenInfo> _tokens = tokens;

        public int Count => _tokens.Length;

        public ReadOnlySpan<char> Get(int index) => _tokens[index].GetText(_text);
    }

    private readonly ref struct StringTokens(ReadOnlySpan<string> tokens) : ITokenTexts
    {
        private readonly ReadOnlySpan<string> _tokens = tokens;

        public int Count => _tokens.Length;

        public ReadOnlySpan<char> Get(int index) => _tokens[index];
    }
}
