namespace EntityKit.Dictionaries;

/// <summary>
/// Where the fields of a CSV/TSV dictionary line are: the default order <c>forms,type,id,metadata</c>, or the order a
/// header line names. A header is recognised by its column names, whatever their order and case: forms
/// (<c>forms</c>, <c>form</c>, <c>text</c>, <c>name</c>, <c>pattern</c>), type (<c>type</c>, <c>label</c>), id
/// (<c>id</c>, <c>kb_id</c>) and <c>metadata</c>.
/// </summary>
/// <param name="Forms">Index of the forms column.</param>
/// <param name="Type">Index of the type column.</param>
/// <param name="Id">Index of the id column, or -1.</param>
/// <param name="Metadata">Index of the metadata column, or -1.</param>
/// <param name="Count">How many columns a line may have at most.</param>
internal readonly record struct DictionaryColumns(int Forms, int Type, int Id, int Metadata, int Count)
{
    /// <summary>The column names accepted in a header, for messages.</summary>
    public const string AcceptedNames = "forms|form|text|name|pattern, type|label, id|kb_id, metadata";

    /// <summary>The columns of a file without a header.</summary>
    public static DictionaryColumns Default { get; } = new(0, 1, 2, 3, 4);

    /// <summary>The fewest columns a line must have to reach both forms and type.</summary>
    public int Required => Math.Max(Forms, Type) + 1;

    /// <summary>
    /// Reads the first line of a file as a header when it is one: every field is a column name, with forms and type
    /// among them. Returns false when the line is data. A line that looks like a header (every field a lower-case
    /// word, one of them a column name) but names an unknown or repeated column, or lacks forms or type, is an error.
    /// </summary>
    /// <exception cref="CustomizationFileException">The line is a header that cannot be used.</exception>
    public static bool TryReadHeader(IReadOnlyList<string> fields, string sourceName, long lineNumber, out DictionaryColumns columns)
    {
        columns = Default;
        var names = fields.Select(f => f.Trim()).ToList();
        var known = names.Count(n => RoleOf(n) is not null);
        if (known == 0 || !names.All(LooksLikeColumnName))
        {
            return false;
        }

        int forms = -1, type = -1, id = -1, metadata = -1;
        for (var i = 0; i < names.Count; i++)
        {
            ref var slot = ref forms;
            switch (RoleOf(names[i]))
            {
                case "forms": slot = ref forms; break;
                case "type": slot = ref type; break;
                case "id": slot = ref id; break;
                case "metadata": slot = ref metadata; break;
                default:
                    throw new CustomizationFileException(sourceName, lineNumber,
                        $"header column '{names[i]}' is not one of {AcceptedNames}.");
            }

            if (slot >= 0)
            {
                throw new CustomizationFileException(sourceName, lineNumber, $"header column '{names[i]}' repeats the column '{names[slot]}'.");
            }

            slot = i;
        }

        if (forms < 0 || type < 0)
        {
            throw new CustomizationFileException(sourceName, lineNumber,
                $"the header needs a forms column (forms, form, text, name or pattern) and a type column (type or label).");
        }

        columns = new DictionaryColumns(forms, type, id, metadata, names.Count);
        return true;
    }

    private static string? RoleOf(string name) => name.ToLowerInvariant() switch
    {
        "forms" or "form" or "text" or "name" or "names" or "pattern" or "surface" => "forms",
        "type" or "label" or "entity_type" => "type",
        "id" or "kb_id" or "kbid" => "id",
        "metadata" => "metadata",
        _ => null,
    };

    /// <summary>A header field: a lower-case word with letters, digits or '_' ("kb_id", "label"), or a known column name in any case.</summary>
    private static bool LooksLikeColumnName(string name) =>
        RoleOf(name) is not null
        || (name.Length > 0 && name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_'));
}
