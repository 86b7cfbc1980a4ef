namespace EntityKit.Evaluation.Ner;

/// <summary>How gold and predicted types are compared.</summary>
public enum NerTypeMapping
{
    /// <summary>The 18 OntoNotes types, compared as they are.</summary>
    OntoNotes18,

    /// <summary>
    /// PER, ORG and LOC only: PERSON/PER → PER, ORG → ORG, GPE/LOC/FAC → LOC; every other type (MISC, dates,
    /// numbers…) is ignored on both sides. Lets an OntoNotes model be scored on CoNLL-2003.
    /// </summary>
    Coarse,
}

/// <summary>Applies a <see cref="NerTypeMapping"/> to type labels.</summary>
public static class NerTypeMappings
{
    /// <summary>The label a type is scored as, or null when the mapping ignores it.</summary>
    /// <param name="mapping">The mapping.</param>
    /// <param name="label">A gold or predicted type label, for example <c>GPE</c> or <c>PER</c>.</param>
    public static string? Map(NerTypeMapping mapping, string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return mapping switch
        {
            NerTypeMapping.OntoNotes18 => label,
            NerTypeMapping.Coarse => label switch
            {
                "PERSON" or "PER" => "PER",
                "ORG" => "ORG",
                "GPE" or "LOC" or "FAC" => "LOC",
                _ => null,
            },
            _ => throw new ArgumentOutOfRangeException(nameof(mapping), mapping, "Unknown type mapping."),
        };
    }

    /// <summary>Parses <c>onto18</c> or <c>coarse</c>.</summary>
    /// <param name="name">The name.</param>
    /// <param name="mapping">The mapping.</param>
    public static bool TryParse(string? name, out NerTypeMapping mapping)
    {
        switch (name?.ToLowerInvariant())
        {
            case "onto18":
                mapping = NerTypeMapping.OntoNotes18;
                return true;
            case "coarse":
                mapping = NerTypeMapping.Coarse;
                return true;
            default:
                mapping = default;
                return false;
        }
    }
}
