using EntityKit.Lexicon;
using EntityKit.Text;

namespace EntityKit.Dictionaries;

/// <summary>Collects the entries of an <see cref="EntityDictionary"/>; forms are tokenized when it is built.</summary>
/// <remarks>Mutable; not thread-safe. The dictionary it builds is immutable.</remarks>
public sealed class EntityDictionaryBuilder
{
    private readonly List<DictionaryEntry> _entries = [];
    private readonly DictionaryMatchOptions _options;
    private ITokenizer _tokenizer = new EnglishTokenizer();
    private string _name = "dictionary";

    internal EntityDictionaryBuilder(DictionaryMatchOptions options) => _options = options;

    /// <summary>The number of entries added so far.</summary>
    public int Count => _entries.Count;

    /// <summary>Names the layer (shown in diagnostics); the default is <c>dictionary</c>.</summary>
    /// <param name="name">The name.</param>
    public EntityDictionaryBuilder Named(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        _name = name;
        return this;
    }

    /// <summary>Tokenizes the forms with the given tokenizer (use the analyzer's); the default is <see cref="EnglishTokenizer"/>.</summary>
    /// <param name="tokenizer">The tokenizer.</param>
    public EntityDictionaryBuilder WithTokenizer(ITokenizer tokenizer)
    {
        ArgumentNullException.ThrowIfNull(tokenizer);
        _tokenizer = tokenizer;
        return this;
    }

    /// <summary>Adds an entry.</summary>
    /// <param name="entry">The entry.</param>
    public EntityDictionaryBuilder Add(DictionaryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        _entries.Add(entry);
        return this;
    }

    /// <summary>Adds an entry with one surface form.</summary>
    /// <param name="form">The surface form, e.g. <c>Apple Inc.</c>.</param>
    /// <param name="type">Its type.</param>
    /// <param name="id">An optional id carried to the mentions.</param>
    public EntityDictionaryBuilder Add(string form, EntityType type, string? id = null) => Add(new DictionaryEntry(form, type, id));

    /// <summary>Adds entries.</summary>
    /// <param name="entries">The entries.</param>
    public EntityDictionaryBuilder AddRange(IEnumerable<DictionaryEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var entry in entries)
        {
            Add(entry);
        }

        return this;
    }

    /// <summary>Adds the entries of a <c>.csv</c>, <c>.tsv</c> or <c>.jsonl</c> file.</summary>
    /// <param name="path">The file.</param>
    /// <exception cref="CustomizationFileException">The file is malformed; the message names the file and line.</exception>
    public EntityDictionaryBuilder AddFile(string path) => AddRange(DictionaryFileReader.Read(path));

    /// <summary>Tokenizes the forms and builds the dictionary.</summary>
    /// <exception cref="ArgumentException">A form has no token left after folding.</exception>
    public EntityDictionary Build()
    {
        var trie = new PhraseTrie.Builder(_options.IgnoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal, _entries.Count);
        var forms = new FormTokenizer(_tokenizer, _options);
        var formCount = 0;
        for (var i = 0; i < _entries.Count; i++)
        {
            foreach (var form in _entries[i].Forms)
            {
                var tokens = forms.Tokenize(form);
                if (tokens.IsEmpty)
                {
                    throw new ArgumentException($"The form '{form}' of entry {i + 1} has no token to match.");
                }

                if (trie.Add(tokens, i) == i)
                {
                    formCount++;
                }
            }
        }

        return new EntityDictionary(_name, trie.Build(), [.. _entries], _options, formCount, _tokenizer);
    }
}
