using System.Collections.Frozen;

namespace EntityKit.Dictionaries;

/// <summary>
/// One entity a dictionary knows: its surface forms (e.g. <c>Apple Inc.</c>, <c>Apple</c>), its type, and optionally
/// an id (a Wikidata QID, a ticker…) and metadata, all carried to the mentions it matches.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class DictionaryEntry
{
    private static readonly IReadOnlyDictionary<string, string> NoMetadata = FrozenDictionary<string, string>.Empty;

    /// <summary>Creates an entry.</summary>
    /// <param name="forms">The surface forms, written as in running text (each is tokenized like the articles).</param>
    /// <param name="type">The type of the mentions it matches, built-in (ORG) or user-defined (<c>EntityType.FromName("TICKER")</c>).</param>
    /// <param name="id">An optional id carried to <see cref="EntityMention.EntryId"/>.</param>
    /// <param name="metadata">Optional key/value metadata.</param>
    /// <exception cref="ArgumentException">No form, a blank form, or a default type.</exception>
    public DictionaryEntry(IEnumerable<string> forms, EntityType type, string? id = null, IReadOnlyDictionary<string, string>? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(forms);
        Forms = [.. forms];
        if (Forms.Count == 0)
        {
            throw new ArgumentException("An entry needs at least one surface form.", nameof(forms));
        }

        foreach (var form in Forms)
        {
            if (string.IsNullOrWhiteSpace(form))
            {
                throw new ArgumentException("A surface form is blank.", nameof(forms));
            }
        }

        if (type.IsDefault)
        {
            throw new ArgumentException("An entry needs a type.", nameof(type));
        }

        Type = type;
        Id = string.IsNullOrEmpty(id) ? null : id;
        Metadata = metadata is null || metadata.Count == 0 ? NoMetadata : metadata.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Creates an entry with one surface form.</summary>
    /// <param name="form">The surface form.</param>
    /// <param name="type">The type.</param>
    /// <param name="id">An optional id.</param>
    public DictionaryEntry(string form, EntityType type, string? id = null)
        : this([form], type, id)
    {
    }

    /// <summary>The surface forms, in the order given.</summary>
    public IReadOnlyList<string> Forms { get; }

    /// <summary>The type of the mentions it matches.</summary>
    public EntityType Type { get; }

    /// <summary>The id carried to the mentions, or null.</summary>
    public string? Id { get; }

    /// <summary>Key/value metadata (empty when none).</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; }

    /// <summary>The first form, the type and the id.</summary>
    public override string ToString() => Id is null ? $"{Forms[0]} ({Type})" : $"{Forms[0]} ({Type}, {Id})";
}
