using System.Collections.Immutable;

namespace EntityKit.Recognition;

/// <summary>The BILOU encoding of a set of entity types: label 0 is O, then B, I, L, U for each type in order.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class BilouLabelSet
{
    /// <summary>The label index of O (outside any entity).</summary>
    public const int Outside = 0;

    private readonly bool[] _allowed;

    /// <summary>Creates the label set of the given types.</summary>
    /// <param name="types">The entity types, in order; at least one, no duplicates.</param>
    /// <exception cref="ArgumentException">The list is empty or has duplicates.</exception>
    public BilouLabelSet(IEnumerable<EntityType> types)
    {
        ArgumentNullException.ThrowIfNull(types);
        Types = [.. types];
        if (Types.IsEmpty || Types.Distinct().Count() != Types.Length || Types.Any(t => t.IsDefault))
        {
            throw new ArgumentException("A label set needs at least one entity type and no duplicates.", nameof(types));
        }

        Count = 1 + 4 * Types.Length;
        _allowed = new bool[Count * Count];
        for (var from = 0; from < Count; from++)
        {
            for (var to = 0; to < Count; to++)
            {
                _allowed[from * Count + to] = ComputeAllowed(from, to);
            }
        }
    }

    /// <summary>The label set of the 18 OntoNotes types (73 labels).</summary>
    public static BilouLabelSet OntoNotes { get; } = new(EntityType.OntoNotes);

    /// <summary>The entity types, in label order.</summary>
    public ImmutableArray<EntityType> Types { get; }

    /// <summary>Number of labels: 1 + 4 × number of types.</summary>
    public int Count { get; }

    /// <summary>The label of a position in an entity of type index <paramref name="typeIndex"/>.</summary>
    /// <param name="typeIndex">Index into <see cref="Types"/>.</param>
    /// <param name="part">The position.</param>
    public static int Label(int typeIndex, BilouPart part) => 1 + 4 * typeIndex + (int)part;

    /// <summary>The position part of a label; <see cref="BilouPart.Outside"/> for O.</summary>
    /// <param name="label">The label.</param>
    public static BilouPart PartOf(int label) => label == Outside ? BilouPart.Outside : (BilouPart)((label - 1) & 3);

    /// <summary>The type index of a label, or -1 for O.</summary>
    /// <param name="label">The label.</param>
    public static int TypeIndexOf(int label) => label == Outside ? -1 : (label - 1) >> 2;

    /// <summary>The index of a type in <see cref="Types"/>, or -1.</summary>
    /// <param name="type">The type.</param>
    public int IndexOf(EntityType type) => Types.IndexOf(type);

    /// <summary>A readable name such as <c>B-PERSON</c> or <c>O</c>.</summary>
    /// <param name="label">The label.</param>
    public string NameOf(int label) => label == Outside
        ? "O"
        : $"{"BILU"[(int)PartOf(label)]}-{Types[TypeIndexOf(label)].Name}";

    /// <summary>True when <paramref name="to"/> may follow <paramref name="from"/>.</summary>
    /// <param name="from">The previous label.</param>
    /// <param name="to">The next label.</param>
    public bool IsAllowed(int from, int to) => _allowed[from * Count + to];

    /// <summary>True when a sentence may start with <paramref name="label"/> (O, B or U).</summary>
    /// <param name="label">The label.</param>
    public static bool CanStart(int label) => PartOf(label) is BilouPart.Outside or BilouPart.Begin or BilouPart.Unit;

    /// <summary>True when a sentence may end with <paramref name="label"/> (O, L or U).</summary>
    /// <param name="label">The label.</param>
    public static bool CanEnd(int label) => PartOf(label) is BilouPart.Outside or BilouPart.Last or BilouPart.Unit;

    /// <summary>True when the labels form a valid BILOU sequence.</summary>
    /// <param name="labels">The labels of one sentence.</param>
    public bool IsValidSequence(ReadOnlySpan<int> labels)
    {
        if (labels.IsEmpty)
        {
            return true;
        }

        if (!CanStart(labels[0]) || !CanEnd(labels[^1]))
        {
            return false;
        }

        for (var i = 1; i < labels.Length; i++)
        {
            if (!IsAllowed(labels[i - 1], labels[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Writes the BILOU labels of a sentence of <paramref name="labels"/>.Length tokens with the given entities.</summary>
    /// <param name="spans">Entities as (first token, token count, type index), relative to the sentence, not overlapping.</param>
    /// <param name="labels">Receives the labels; cleared to O first.</param>
    public static void Encode(ReadOnlySpan<(int First, int Count, int TypeIndex)> spans, Span<int> labels)
    {
        labels.Clear();
        foreach (var (first, count, typeIndex) in spans)
        {
            if (count == 1)
            {
                labels[first] = Label(typeIndex, BilouPart.Unit);
                continue;
            }

            labels[first] = Label(typeIndex, BilouPart.Begin);
            for (var i = first + 1; i < first + count - 1; i++)
            {
                labels[i] = Label(typeIndex, BilouPart.Inside);
            }

            labels[first + count - 1] = Label(typeIndex, BilouPart.Last);
        }
    }

    private static bool ComputeAllowed(int from, int to)
    {
        var fromPart = PartOf(from);
        var toPart = PartOf(to);
        var insideFrom = fromPart is BilouPart.Begin or BilouPart.Inside;
        var continuing = toPart is BilouPart.Inside or BilouPart.Last;
        return insideFrom ? continuing && TypeIndexOf(from) == TypeIndexOf(to) : !continuing;
    }
}

/// <summary>The position of a token in an entity under BILOU encoding.</summary>
public enum BilouPart
{
    /// <summary>First token of a multi-token entity.</summary>
    Begin = 0,
    /// <summary>Inner token of a multi-token entity.</summary>
    Inside = 1,
    /// <summary>Last token of a multi-token entity.</summary>
    Last = 2,
    /// <summary>A single-token entity.</summary>
    Unit = 3,
    /// <summary>Outside any entity.</summary>
    Outside = 4,
}
