using System.Collections.Frozen;
using System.Collections.Immutable;
using EntityKit.Recognition;

namespace EntityKit.Training;

/// <summary>
/// How the entity types of a corpus annotated with a coarser or different type set map onto the types a model is
/// trained on: each coarse type (such as CoNLL-2003 <c>LOC</c>) names the fine types an entity of it may be (GPE, LOC or
/// FAC). The fine types no coarse type maps to are the ones the coarse scheme does not annotate (for CoNLL-2003 the
/// value types DATE, TIME, MONEY, ...): outside coarse entities a token may be O or part of such an entity, never of a
/// mapped type. Used by <see cref="PartiallyLabelledDocuments"/> (coarse to fine, for training) and by the coarse
/// scoring of <c>EntityKit.Evaluation.Ner.NerTypeMapping.Coarse</c> (fine to coarse, <see cref="CoarseTypeOf"/>).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CoarseTypeMapping
{
    /// <summary>Creates a mapping.</summary>
    /// <param name="name">A short name for messages, such as <c>conll2003</c>.</param>
    /// <param name="targets">For each coarse type name (case-sensitive, as written in the corpus), the fine types its
    /// entities may have; at least one each.</param>
    /// <exception cref="ArgumentException">No coarse types, or a coarse type without fine types.</exception>
    public CoarseTypeMapping(string name, IReadOnlyDictionary<string, IReadOnlyList<EntityType>> targets)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(targets);
        if (targets.Count == 0 || targets.Values.Any(v => v.Count == 0 || v.Any(t => t.IsDefault)))
        {
            throw new ArgumentException("A coarse type mapping needs at least one coarse type, each mapped to at least one fine type.", nameof(targets));
        }

        Name = name;
        Targets = targets.ToImmutableSortedDictionary(p => p.Key, p => p.Value.Distinct().ToImmutableArray(), StringComparer.Ordinal);
        MappedTypes = [.. Targets.Values.SelectMany(v => v).Distinct()];
        var coarseOf = Targets.Keys.ToDictionary(coarse => coarse, coarse => coarse, StringComparer.Ordinal);
        foreach (var (coarse, fineTypes) in Targets)
        {
            foreach (var fine in fineTypes)
            {
                coarseOf.TryAdd(fine.Name, coarse);
            }
        }

        _coarseOf = coarseOf.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Type label → coarse type: the coarse types themselves, then each fine type's (first, in ordinal order).</summary>
    private readonly FrozenDictionary<string, string> _coarseOf;

    /// <summary>CoNLL-2003 (PER, ORG, LOC, MISC) onto the OntoNotes types: PER → PERSON; ORG → ORG; LOC → GPE, LOC,
    /// FAC; MISC → NORP, EVENT, PRODUCT, WORK_OF_ART, LAW, LANGUAGE. The value types stay unannotated.</summary>
    public static CoarseTypeMapping Conll2003 { get; } = new("conll2003", new Dictionary<string, IReadOnlyList<EntityType>>
    {
        ["PER"] = [EntityType.Person],
        ["ORG"] = [EntityType.Organization],
        ["LOC"] = [EntityType.Gpe, EntityType.Location, EntityType.Facility],
        ["MISC"] = [EntityType.Norp, EntityType.Event, EntityType.Product, EntityType.WorkOfArt, EntityType.Law, EntityType.Language],
    });

    /// <summary>The short name.</summary>
    public string Name { get; }

    /// <summary>For each coarse type name, the fine types its entities may have.</summary>
    public ImmutableSortedDictionary<string, ImmutableArray<EntityType>> Targets { get; }

    /// <summary>Every fine type some coarse type maps to: the types the coarse scheme annotates.</summary>
    public ImmutableArray<EntityType> MappedTypes { get; }

    /// <summary>The fine types of <paramref name="labels"/> the coarse scheme does not annotate (no coarse type maps to
    /// them): outside coarse entities, tokens may belong to entities of these types.</summary>
    /// <param name="labels">The label set trained on.</param>
    public IEnumerable<EntityType> UnannotatedTypes(BilouLabelSet labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        return labels.Types.Where(t => !MappedTypes.Contains(t));
    }

    /// <summary>
    /// The coarse type a label counts as: a coarse type name is itself; a fine type name is the coarse type that maps to
    /// it (the first in ordinal order when several do); anything else (a type the coarse scheme does not annotate) is
    /// null. Labels are compared exactly (ordinal, case-sensitive), as written in corpora and models.
    /// </summary>
    /// <param name="label">A coarse or fine type label, for example <c>LOC</c> or <c>GPE</c>.</param>
    public string? CoarseTypeOf(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return _coarseOf.GetValueOrDefault(label);
    }

    /// <summary>The built-in mapping called <paramref name="name"/> (<c>conll</c> or <c>conll2003</c>, any case), or null.</summary>
    /// <param name="name">The name.</param>
    public static CoarseTypeMapping? Named(string name) =>
        name.ToUpperInvariant() is "CONLL" or "CONLL2003" or "CONLL-2003" ? Conll2003 : null;

    /// <summary>
    /// Reads a built-in name (see <see cref="Named"/>) or a mapping written out as comma-separated
    /// <c>COARSE=FINE/FINE/...</c> entries, such as <c>PER=PERSON,ORG=ORG/GPE,LOC=GPE/LOC/FAC,MISC=NORP/EVENT</c>.
    /// </summary>
    /// <param name="text">The name or the entries.</param>
    /// <exception cref="FormatException">Neither a built-in name nor well-formed entries; the message says what is wrong.</exception>
    public static CoarseTypeMapping Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Named(text) is { } builtIn)
        {
            return builtIn;
        }

        if (!text.Contains('='))
        {
            throw new FormatException($"'{text}' is neither a built-in mapping (conll) nor COARSE=FINE/FINE,... entries.");
        }

        var targets = new Dictionary<string, IReadOnlyList<EntityType>>(StringComparer.Ordinal);
        foreach (var entry in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = entry.Split('=', StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
            {
                throw new FormatException($"'{entry}' is not a COARSE=FINE/FINE entry.");
            }

            var fine = new List<EntityType>();
            foreach (var name in parts[1].Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                fine.Add(EntityType.TryParse(name, out var type) ? type : throw new FormatException($"'{name}' in '{entry}' is not a valid entity type name."));
            }

            if (fine.Count == 0 || !targets.TryAdd(parts[0], fine))
            {
                throw new FormatException($"'{entry}': a coarse type needs at least one fine type and may appear only once.");
            }
        }

        return new CoarseTypeMapping("custom", targets);
    }
}
