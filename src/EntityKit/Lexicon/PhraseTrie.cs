using System.Collections.Frozen;

namespace EntityKit.Lexicon;

/// <summary>
/// The shared matching core of <see cref="Gazetteer"/> and <c>EntityDictionary</c>: a trie over interned token ids
/// (a frozen token-to-id map and a frozen edge map keyed by (node, token id)) whose terminal nodes carry a payload
/// index chosen by the owner. Matching walks the trie from a start token with <see cref="Walk"/>, allocating nothing;
/// the cost per token is bounded by the longest phrase, whatever the number of phrases.
/// </summary>
/// <remarks>Immutable and thread-safe once built with <see cref="Builder"/>.</remarks>
internal sealed class PhraseTrie
{
    /// <summary>The id of a token that appears in no phrase.</summary>
    public const int UnknownToken = -1;

    /// <summary>The id of a token that a walk may step over inside a phrase (e.g. a hyphen between two words).</summary>
    public const int SkippableToken = -2;

    private const int NoPayload = -1;

    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _tokenIds;
    private readonly FrozenDictionary<long, int> _edges;
    private readonly int[] _payloads;

    private PhraseTrie(FrozenDictionary<string, int> tokenIds, FrozenDictionary<long, int> edges, int[] payloads, int maxPhraseTokens)
    {
        _tokenIds = tokenIds.GetAlternateLookup<ReadOnlySpan<char>>();
        _edges = edges;
        _payloads = payloads;
        MaxPhraseTokens = maxPhraseTokens;
    }

    /// <summary>The number of tokens of the longest phrase.</summary>
    public int MaxPhraseTokens { get; }

    /// <summary>The number of distinct tokens.</summary>
    public int TokenCount => _tokenIds.Dictionary.Count;

    /// <summary>The id of a token, or <see cref="UnknownToken"/>.</summary>
    public int GetTokenId(ReadOnlySpan<char> token) => _tokenIds.TryGetValue(token, out var id) ? id : UnknownToken;

    /// <summary>The payload of a whole phrase whose tokens are separated by single spaces, or -1.</summary>
    public int LookupSpaceSeparated(ReadOnlySpan<char> phrase)
    {
        var node = 0;
        foreach (var range in phrase.Split(' '))
        {
            if (!_tokenIds.TryGetValue(phrase[range], out var tokenId) || !_edges.TryGetValue(EdgeKey(node, tokenId), out node))
            {
                return NoPayload;
            }
        }

        return _payloads[node];
    }

    /// <summary>Starts a walk over token ids (from <see cref="GetTokenId"/>) at <paramref name="start"/>.</summary>
    /// <param name="ids">Token ids; <see cref="SkippableToken"/> is stepped over inside a phrase, never at its ends.</param>
    /// <param name="start">The first token of the phrases to find.</param>
    public Walker Walk(ReadOnlySpan<int> ids, int start) => new(this, ids, start);

    private static long EdgeKey(int node, int tokenId) => ((long)node << 32) | (uint)tokenId;

    /// <summary>
    /// Enumerates, shortest first, the phrases that start at one token: after each successful
    /// <see cref="MoveNext"/>, <see cref="End"/> is the index just past the phrase's last token and
    /// <see cref="Payload"/> its payload.
    /// </summary>
    public ref struct Walker
    {
        private readonly PhraseTrie _trie;
        private readonly ReadOnlySpan<int> _ids;
        private int _next;
        private int _node;

        internal Walker(PhraseTrie trie, ReadOnlySpan<int> ids, int start)
        {
            _trie = trie;
            _ids = ids;
            _next = start;
            _node = 0;
            End = start;
            Payload = NoPayload;
        }

        /// <summary>Index just past the last token of the current phrase.</summary>
        public int End { get; private set; }

        /// <summary>The payload of the current phrase.</summary>
        public int Payload { get; private set; }

        /// <summary>Advances to the next (longer) phrase from the start token; false when there is none.</summary>
        public bool MoveNext()
        {
            while (_next < _ids.Length)
            {
                var id = _ids[_next];
                if (id == SkippableToken && _node != 0)
                {
                    _next++;
                    continue;
                }

                if (id < 0 || !_trie._edges.TryGetValue(EdgeKey(_node, id), out _node))
                {
                    _next = _ids.Length;
                    return false;
                }

                _next++;
                var payload = _trie._payloads[_node];
                if (payload != NoPayload)
                {
                    End = _next;
                    Payload = payload;
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Collects phrases and freezes them into a <see cref="PhraseTrie"/>.</summary>
    /// <param name="comparer">How tokens compare (ordinal, or ordinal ignoring case).</param>
    /// <param name="expectedPhrases">How many phrases will be added, to size the maps once (0 when unknown).</param>
    public sealed class Builder(StringComparer comparer, int expectedPhrases = 0)
    {
        private readonly Dictionary<string, int> _tokenIds = new(expectedPhrases, comparer);
        private readonly Dictionary<long, int> _edges = new(2 * expectedPhrases);
        private readonly List<int> _payloads = new(2 * expectedPhrases + 1) { NoPayload };
        private int _maxPhraseTokens;

        /// <summary>The comparer the trie matches tokens with.</summary>
        public StringComparer Comparer { get; } = comparer;

        /// <summary>Adds a phrase with a payload (at least 0); when the phrase is already present, keeps the first payload.</summary>
        /// <param name="tokens">The phrase's tokens, at least one.</param>
        /// <param name="payload">The owner's index for the phrase.</param>
        /// <returns>The payload the phrase now has: <paramref name="payload"/> when it was new, else the earlier one.</returns>
        public int Add(ReadOnlySpan<string> tokens, int payload)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(payload);
            if (tokens.IsEmpty)
            {
                throw new ArgumentException("A phrase needs at least one token.", nameof(tokens));
            }

            var node = 0;
            foreach (var token in tokens)
            {
                if (!_tokenIds.TryGetValue(token, out var tokenId))
                {
                    tokenId = _tokenIds.Count;
                    _tokenIds.Add(token, tokenId);
                }

                var key = EdgeKey(node, tokenId);
                if (!_edges.TryGetValue(key, out var child))
                {
                    child = _payloads.Count;
                    _payloads.Add(NoPayload);
                    _edges.Add(key, child);
                }

                node = child;
            }

            _maxPhraseTokens = Math.Max(_maxPhraseTokens, tokens.Length);
            if (_payloads[node] != NoPayload)
            {
                return _payloads[node];
            }

            _payloads[node] = payload;
            return payload;
        }

        /// <summary>Freezes the phrases added so far.</summary>
        public PhraseTrie Build() =>
            new(_tokenIds.ToFrozenDictionary(Comparer), _edges.ToFrozenDictionary(), [.. _payloads], _maxPhraseTokens);
    }
}
