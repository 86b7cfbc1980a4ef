using EntityKit.Corpora;
using EntityKit.Recognition;
using EntityKit.Text;

namespace EntityKit.Training;

/// <summary>
/// Prepares documents of a corpus annotated with a coarser or different type set (such as CoNLL-2003's PER, ORG, LOC,
/// MISC) as partially labelled training documents of a finer label set. The text is seen as the analyzer sees it (as
/// in <see cref="RawTextDocuments"/>); then each coarse entity, projected onto our tokens, must be exactly one entity
/// over exactly those tokens with a type its <see cref="CoarseTypeMapping"/> allows, and every other token is O or
/// part of an entity of a type the coarse scheme does not annotate.
/// </summary>
/// <remarks>Counters are updated by <see cref="Create"/>; not thread-safe.</remarks>
public sealed class PartiallyLabelledDocuments
{
    private readonly BioDetokenizer _detokenizer = new();
    private readonly ITokenizer _tokenizer;
    private readonly ISentenceSplitter _splitter;
    private readonly BilouLabelSet _labels;
    private readonly CoarseTypeMapping _mapping;
    private readonly bool[][] _sets;
    private readonly Dictionary<string, int> _coarseIndex;

    /// <summary>Index of the label set of tokens outside coarse entities.</summary>
    private const int OutsideSet = 0;

    /// <summary>Index of the label set that allows every label (tokens of a coarse entity that could not be projected).</summary>
    private const int AnySet = 1;

    /// <summary>Creates the preparer.</summary>
    /// <param name="tokenizer">The analyzer's tokenizer.</param>
    /// <param name="splitter">The analyzer's sentence splitter.</param>
    /// <param name="labels">The label set trained on.</param>
    /// <param name="mapping">How the corpus's types map onto <paramref name="labels"/>.</param>
    /// <exception cref="ArgumentException">A coarse type maps to a type that is not in <paramref name="labels"/>.</exception>
    public PartiallyLabelledDocuments(ITokenizer tokenizer, ISentenceSplitter splitter, BilouLabelSet labels, CoarseTypeMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(tokenizer);
        ArgumentNullException.ThrowIfNull(splitter);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(mapping);
        _tokenizer = tokenizer;
        _splitter = splitter;
        _labels = labels;
        _mapping = mapping;
        var sets = new List<bool[]> { OutsideLabels(labels, mapping), Enumerable.Repeat(true, labels.Count).ToArray() };
        _coarseIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (coarse, fine) in mapping.Targets)
        {
            if (fine.FirstOrDefault(t => labels.IndexOf(t) < 0) is { IsDefault: false } missing)
            {
                throw new ArgumentException($"Coarse type '{coarse}' of mapping '{mapping.Name}' maps to {missing.Name}, which is not in the label set.", nameof(mapping));
            }

            var typeIndices = fine.Select(labels.IndexOf).ToArray();
            _coarseIndex[coarse] = sets.Count;
            foreach (var part in new[] { BilouPart.Begin, BilouPart.Inside, BilouPart.Last, BilouPart.Unit })
            {
                var set = new bool[labels.Count];
                foreach (var typeIndex in typeIndices)
                {
                    set[BilouLabelSet.Label(typeIndex, part)] = true;
                }

                sets.Add(set);
            }
        }

        _sets = [.. sets];
    }

    /// <summary>Coarse entities read so far.</summary>
    public int Entities { get; private set; }

    /// <summary>Coarse entities that could not be projected (no token, crossing one of our sentence boundaries, or
    /// overlapping another after projection); their tokens are left unconstrained.</summary>
    public int DroppedEntities { get; private set; }

    /// <summary>Coarse entities whose boundaries fall inside one of our tokens (projected to the covering tokens).</summary>
    public int InexactEntities { get; private set; }

    /// <summary>Tokens prepared so far.</summary>
    public long Tokens { get; private set; }

    /// <summary>Builds the partially labelled document.</summary>
    /// <param name="document">The coarse-annotated document.</param>
    /// <exception cref="InvalidDataException">The document has an entity type the mapping does not know; the message names it.</exception>
    public TrainingDocument Create(BioDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var projected = ProjectedDocument.Create(document, _detokenizer, _tokenizer, _splitter);
        var tokens = projected.Tokens;
        var setOfToken = new int[tokens.Length];
        var representative = new int[tokens.Length];
        foreach (var entity in projected.Detokenized.Entities)
        {
            if (!_coarseIndex.TryGetValue(entity.Type, out var firstSet))
            {
                throw new InvalidDataException(
                    $"Document {document.Index}: entity type '{entity.Type}' has no mapping in '{_mapping.Name}' (it maps {string.Join(", ", _mapping.Targets.Keys)}).");
            }

            Entities++;
            var (first, end, exact, conflicts) = projected.Place(entity, setOfToken, OutsideSet);
            InexactEntities += end > first && !exact ? 1 : 0;
            if (end == first)
            {
                DroppedEntities++;
                continue;
            }

            if (conflicts)
            {
                DroppedEntities++;
                setOfToken.AsSpan(first, end - first).Fill(AnySet);
                continue;
            }

            var count = end - first;
            if (count == 1)
            {
                setOfToken[first] = firstSet + (int)BilouPart.Unit;
            }
            else
            {
                setOfToken[first] = firstSet + (int)BilouPart.Begin;
                setOfToken.AsSpan(first + 1, count - 2).Fill(firstSet + (int)BilouPart.Inside);
                setOfToken[end - 1] = firstSet + (int)BilouPart.Last;
            }

            var typeIndex = BilouLabelSet.TypeIndexOf(Array.IndexOf(_sets[setOfToken[first]], true));
            BilouLabelSet.Encode([(0, count, typeIndex)], representative.AsSpan(first, count));
        }

        Tokens += tokens.Length;
        return new TrainingDocument(projected.Text, tokens, projected.Sentences, representative)
        {
            Allowed = new AllowedLabels(_sets, setOfToken),
        };
    }

    private static bool[] OutsideLabels(BilouLabelSet labels, CoarseTypeMapping mapping)
    {
        var set = new bool[labels.Count];
        set[BilouLabelSet.Outside] = true;
        foreach (var type in mapping.UnannotatedTypes(labels))
        {
            var typeIndex = labels.IndexOf(type);
            for (var part = BilouPart.Begin; part <= BilouPart.Unit; part++)
            {
                set[BilouLabelSet.Label(typeIndex, part)] = true;
            }
        }

        return set;
    }
}
