using System.Buffers;

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

    private readonly PhraseTrie _trie;
    private readonly GazetteerEntry[] _entries;
    private readonly GazetteerCategories[] _categories;

    private Gazetteer(PhraseTrie trie, GazetteerEntry[] entries, GazetteerCategories[] categories, bool ignoreCase)
    {
        _trie = trie;
        _entries = entries;
        _categories = categories;
        IgnoreCase = ignoreCase;
        MaxPhraseTokens = trie.MaxPhraseTokens;
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

        var trie = new PhraseTrie.Builder(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        // Phrases that differ only in case share a trie node when ignoring case: that node gets all their categories.
        var categories = new GazetteerCategories[sorted.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            categories[trie.Add(sorted[i].Phrase.Split(' '), i)] |= sorted[i].Categories;
        }

        return new Gazetteer(trie.Build(), sorted, categories, ignoreCase);
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
        var index = _trie.LookupSpaceSeparated(phrase);
        return index < 0 ? GazetteerCategories.None : _categories[index];
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
                ids[i] = _trie.GetTokenId(tokens.Get(i));
            }

            var start = 0;
            while (start < count)
            {
                var longestEnd = -1;
                var longestCategories = GazetteerCategories.None;
                var walk = _trie.Walk(ids, start);
                while (walk.MoveNext())
                {
                    var categories = _categories[walk.Payload];
                    if (mode == GazetteerMatchMode.AllMatches)
                    {
                        GazetteerHits.Mark(perToken, start, walk.End - 1, categories);
                    }
                    else
                    {
                        longestEnd = walk.End - 1;
                        longestCategories = categories;
                    }
                }

                if (longestEnd >= 0)
                {
                    GazetteerHits.Mark(perToken, start, longestEnd, longestCategories);
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
