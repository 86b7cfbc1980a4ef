using EntityKit.Dictionaries;

namespace EntityKit.Corrections;

/// <summary>Collects correction rules; they run in the order added.</summary>
/// <remarks>Mutable; not thread-safe. The set it builds is immutable.</remarks>
public sealed class CorrectionSetBuilder
{
    private readonly List<IMentionCorrection> _rules = [];

    internal CorrectionSetBuilder()
    {
    }

    /// <summary>The number of rules added so far.</summary>
    public int Count => _rules.Count;

    /// <summary>
    /// Always labels these surface forms as <paramref name="type"/>: every occurrence (matched like a dictionary,
    /// longest first) becomes a mention of that type, replacing the mentions it overlaps.
    /// </summary>
    /// <param name="forms">The surface forms.</param>
    /// <param name="type">The type.</param>
    /// <param name="options">How forms match; null for exact matching.</param>
    public CorrectionSetBuilder Always(IEnumerable<string> forms, EntityType type, DictionaryMatchOptions? options = null) =>
        Add(new AlwaysLabelCorrection(forms, type, options ?? DictionaryMatchOptions.Default));

    /// <summary>Always labels a surface form as <paramref name="type"/>; see <see cref="Always(IEnumerable{string}, EntityType, DictionaryMatchOptions?)"/>.</summary>
    /// <param name="form">The surface form.</param>
    /// <param name="type">The type.</param>
    /// <param name="options">How the form matches; null for exact matching.</param>
    public CorrectionSetBuilder Always(string form, EntityType type, DictionaryMatchOptions? options = null) => Always([form], type, options);

    /// <summary>Never labels a surface form (as <paramref name="type"/>, or as anything when null): mentions whose whole text is the form are removed.</summary>
    /// <param name="form">The surface form, compared with the mention's text (whitespace runs count as one space).</param>
    /// <param name="type">Only remove mentions of this type; null for any type.</param>
    /// <param name="ignoreCase">Compare regardless of case.</param>
    public CorrectionSetBuilder Never(string form, EntityType? type = null, bool ignoreCase = false) =>
        Add(new NeverLabelCorrection(form, type, ignoreCase));

    /// <summary>Removes every mention of a type.</summary>
    /// <param name="type">The type.</param>
    public CorrectionSetBuilder Drop(EntityType type) => Add(new DropTypeCorrection(type));

    /// <summary>Retypes every mention of <paramref name="from"/> as <paramref name="to"/>.</summary>
    /// <param name="from">The type to rename.</param>
    /// <param name="to">The new type.</param>
    public CorrectionSetBuilder Rename(EntityType from, EntityType to) => Add(new RenameTypeCorrection(from, to));

    /// <summary>Adds a custom rule.</summary>
    /// <param name="rule">The rule.</param>
    public CorrectionSetBuilder Add(IMentionCorrection rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        _rules.Add(rule);
        return this;
    }

    /// <summary>Builds the set.</summary>
    public CorrectionSet Build() => new([.. _rules]);
}
