using EntityKit.Training;

namespace EntityKit.Evaluation.Ner;

/// <summary>How gold and predicted types are compared.</summary>
public enum NerTypeMapping
{
    /// <summary>The 18 OntoNotes types, compared as they are.</summary>
    OntoNotes18,

    /// <summary>
    /// PER, ORG and LOC only, as <see cref="CoarseTypeMapping.Conll2003"/> maps them: PERSON/PER → PER, ORG → ORG,
    /// GPE/LOC/FAC → LOC; every other type (MISC, dates, numbers…) is ignored on both sides. Lets an OntoNotes model be
    /// scored on CoNLL-2003.
    /// </summary>
    Coarse,
}

/// <summary>Applies a <see cref="NerTypeMapping"/> to type labels.</summary>
public static class NerTypeMappings
{
    /// <summary>What <see cref="NerTypeMapping.Coarse"/> scores: CoNLL-2003's mapping without MISC, whose OntoNotes
    /// counterparts (NORP, EVENT, PRODUCT…) do not line up with it well enough to score.</summary>
    private static readonly CoarseTypeMapping PersonOrganizationLocation = new(
        "conll2003-per-org-loc",
        CoarseTypeMapping.Conll2003.Targets.Where(pair => pair.Key != "MISC").ToDictionary(pair => pair.Key, pair => (IReadOnlyList<EntityType>)pair.Value));

    /// <summary>The label a type is scored as, or null when the mapping ignores it.</summary>
    /// <param name="mapping">The mapping.</param>
    /// <param name="label">A gold or predicted type label, for example <c>GPE</c> or <c>PER</c>.</param>
    public static string? Map(NerTypeMapping mapping, string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return mapping switch
        {
            NerTypeMapping.OntoNotes18 => label,
            NerTypeMapping.Coarse => PersonOrganizationLocation.CoarseTypeOf(label),
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
