using System.Buffers;
using EntityKit.Lexicon;
using EntityKit.Recognition;
using EntityKit.Text;

namespace EntityKit.Dictionaries;

/// <summary>
/// A recognizer layer of known entities: finds the surface forms of its entries in the tokens of a text, left to
/// right, longest match first, and reports each match with the entry's type and id
/// (<see cref="MentionSource.Dictionary"/>).
/// </summary>
/// <remarks>
/// <para>Forms are tokenized like the articles when the dictionary is built and stored in a trie over token ids, so
/// matching is one pass over the tokens whatever the number of entries: per token one hash look-up, plus at most
/// one edge look-up per token of the longest form. Matching allocates nothing (long texts borrow a pooled
/// buffer). A match never crosses a sentence boundary. A possessive clitic (<c>'s</c>, <c>’s</c>) after a match is
/// a token of its own, so it is not part of the match and does not prevent it.</para>
/// <para>When two entries share a form (after case, diacritic and hyphen folding), the one added first keeps it.</para>
/// <para>Immutable and thread-safe. Build with <see cref="CreateBuilder"/> or <see cref="Load(string, DictionaryMatchOptions?)"/>.</para>
/// </remarks>
public sealed class EntityDictionary : IMentionRecognizer
{
    private const int StackTokenLimit = 256;

    private readonly PhraseTrie _trie;
    private readonly DictionaryEntry[] _entries;
    private readonly ITokenizer _tokenizer;

    internal EntityDictionary(string name, PhraseTrie trie, DictionaryEntry[] entries, DictionaryMatchOptions options, int formCount, ITokenizer tokenizer)
    {
        _tokenizer = tokenizer;
        Name = name;
        _trie = trie;
        _entries = entries;
        Options = options;
        FormCount = formCount;
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <summary>Always <see cref="MentionSource.Dictionary"/>.</summary>
    public MentionSource Source => MentionSource.Dictionary;

    /// <summary>How forms are compared with tokens.</summary>
    public DictionaryMatchOptions Options { get; }

    /// <summary>The entries, in the order added.</summary>
    public IReadOnlyList<DictionaryEntry> Entries => _entries;

    /// <summary>The number of forms stored, over all entries (a form already held by an earlier entry is not counted).</summary>
    public int FormCount { get; }

    /// <summary>The number of tokens of the longest form.</summary>
    public int MaxFormTokens => _trie.MaxPhraseTokens;

    /// <summary>Starts building a dictionary.</summary>
    /// <param name="options">How forms match; null for exact matching.</param>
    public static EntityDictionaryBuilder CreateBuilder(DictionaryMatchOptions? options = null) => new(options ?? DictionaryMatchOptions.Default);

    /// <summary>Loads a dictionary file: <c>.csv</c>, <c>.tsv</c> or <c>.jsonl</c> (see docs/CUSTOMIZE.md).</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">How forms match; null for exact matching.</param>
    /// <exception cref="CustomizationFileException">The file is malformed; the message names the file and line.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static EntityDictionary Load(string path, DictionaryMatchOptions? options = null) =>
        CreateBuilder(options).Named($"dictionary:{Path.GetFileName(path)}").AddFile(path).Build();

    /// <inheritdoc/>
    public void Recognize(in RecognitionInput input, List<RecognizedSpan> mentions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var tokens = input.Tokens;
        if (tokens.IsEmpty || _entries.Length == 0)
        {
            return;
        }

        int[]? rented = null;
        var ids = tokens.Length <= StackTokenLimit
            ? stackalloc int[tokens.Length]
            : (rented = ArrayPool<int>.Shared.Rent(tokens.Length)).AsSpan(0, tokens.Length);
        try
        {
            for (var i = 0; i < tokens.Length; i++)
            {
                ids[i] = GetTokenId(tokens[i].GetText(input.Text));
            }

            if (input.Sentences.IsEmpty)
            {
                MatchRange(ids, 0, tokens.Length, mentions);
                return;
            }

            foreach (var sentence in input.Sentences)
            {
                MatchRange(ids, sentence.FirstToken, sentence.EndToken, mentions);
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

    /// <summary>Finds the entry whose form is exactly <paramref name="phrase"/> (tokenized like the forms), with the match options.</summary>
    /// <param name="phrase">The phrase, e.g. <c>Al-Sudani</c>.</param>
    /// <param name="entry">The entry, or null.</param>
    /// <returns>True when an entry has that form.</returns>
    public bool TryGetEntry(string phrase, out DictionaryEntry? entry)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var tokens = new List<TokenInfo>();
        _tokenizer.Tokenize(phrase, tokens);
        var ids = new int[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            ids[i] = GetTokenId(tokens[i].GetText(phrase));
        }

        var walk = _trie.Walk(ids, 0);
        entry = null;
        while (walk.MoveNext())
        {
            if (walk.End == ids.Length)
            {
                entry = _entries[walk.Payload];
            }
        }

        return entry is not null;
    }

    private void MatchRange(ReadOnlySpan<int> ids, int first, int end, List<RecognizedSpan> mentions)
    {
        var sentenceIds = ids[..end];
        var start = first;
        while (start < end)
        {
            var matchEnd = -1;
            var payload = -1;
            var walk = _trie.Walk(sentenceIds, start);
            while (walk.MoveNext())
            {
                matchEnd = walk.End;
                payload = walk.Payload;
            }

            if (matchEnd < 0)
            {
                start++;
                continue;
            }

            var entry = _entries[payload];
            mentions.Add(new RecognizedSpan(start, matchEnd - start, entry.Type, 1f) { EntryId = entry.Id });
            start = matchEnd;
        }
    }

    private int GetTokenId(ReadOnlySpan<char> token)
    {
        if (Options.MatchHyphenVariants && FormTokenizer.IsHyphen(token))
        {
            return PhraseTrie.SkippableToken;
        }

        var id = _trie.GetTokenId(token);
        if (id != PhraseTrie.UnknownToken || !Options.IgnoreDiacritics
            || token.Length > DiacriticFolding.MaxTokenLength || !DiacriticFolding.MayChange(token))
        {
            return id;
        }

        Span<char> folded = stackalloc char[DiacriticFolding.MaxTokenLength];
        return _trie.GetTokenId(folded[..DiacriticFolding.Fold(token, folded)]);
    }
}
