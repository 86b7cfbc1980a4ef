namespace EntityKit.Evaluation.Ner;

/// <summary>
/// Accumulates entity-level exact-match counts: a predicted entity is correct when its character span and its type
/// both equal a gold entity's. Also counts type confusions (same span, other type) and boundary errors.
/// </summary>
/// <remarks>Mutable; not thread-safe.</remarks>
public sealed class NerScoreboard
{
    private readonly NerTypeMapping _mapping;
    private readonly Dictionary<string, (long Correct, long Predicted, long Gold)> _counts = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Gold, string Predicted), long> _confusions = [];
    private readonly List<NerError>? _errors;
    private long _boundaryErrors;

    /// <summary>Creates an empty scoreboard.</summary>
    /// <param name="mapping">How types are compared.</param>
    public NerScoreboard(NerTypeMapping mapping) => _mapping = mapping;

    /// <summary>Creates an empty scoreboard that also records every disagreement (see <see cref="Errors"/>).</summary>
    /// <param name="mapping">How types are compared.</param>
    /// <param name="recordErrors">Whether to record each disagreement with its text and context.</param>
    public NerScoreboard(NerTypeMapping mapping, bool recordErrors)
        : this(mapping) => _errors = recordErrors ? [] : null;

    /// <summary>The disagreements recorded so far, in document order; empty unless created with <c>recordErrors</c>.</summary>
    public IReadOnlyList<NerError> Errors => (IReadOnlyList<NerError>?)_errors ?? [];

    /// <summary>Number of documents added.</summary>
    public int Documents { get; private set; }

    /// <summary>Adds one document's gold and predicted entities (character spans with type labels).</summary>
    /// <param name="gold">The gold entities.</param>
    /// <param name="predicted">The predicted entities.</param>
    public void Add(IEnumerable<LabelledSpan> gold, IEnumerable<LabelledSpan> predicted) => Add(gold, predicted, null);

    /// <summary>
    /// Adds one document's gold and predicted entities; with the document's <paramref name="text"/>, disagreements are
    /// recorded with their words and context when the scoreboard records errors.
    /// </summary>
    /// <param name="gold">The gold entities.</param>
    /// <param name="predicted">The predicted entities.</param>
    /// <param name="text">The text the character spans point into, or null.</param>
    public void Add(IEnumerable<LabelledSpan> gold, IEnumerable<LabelledSpan> predicted, string? text)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        Documents++;
        var goldSet = Map(gold);
        var predictedSet = Map(predicted);
        var goldByRange = goldSet.GroupBy(s => (s.Start, s.End)).ToDictionary(g => g.Key, g => g.First().Type);
        foreach (var span in goldSet)
        {
            Bump(span.Type, 0, 0, 1);
        }

        foreach (var span in predictedSet)
        {
            var correct = goldSet.Contains(span);
            Bump(span.Type, correct ? 1 : 0, 1, 0);
            if (correct)
            {
                continue;
            }

            if (goldByRange.TryGetValue((span.Start, span.End), out var goldType))
            {
                _confusions[(goldType, span.Type)] = _confusions.GetValueOrDefault((goldType, span.Type)) + 1;
                Record(text, NerErrorKind.WrongType, span with { Type = goldType }, span);
            }
            else if (goldSet.FirstOrDefault(g => g.Start < span.End && span.Start < g.End) is { Type: not null } overlapped)
            {
                _boundaryErrors++;
                Record(text, NerErrorKind.WrongSpan, overlapped, span);
            }
            else
            {
                Record(text, NerErrorKind.Spurious, null, span);
            }
        }

        if (_errors is not null && text is not null)
        {
            foreach (var span in goldSet.Where(g => !predictedSet.Any(p => p.Start < g.End && g.Start < p.End)).OrderBy(g => g.Start))
            {
                Record(text, NerErrorKind.Missed, span, null);
            }
        }
    }

    private void Record(string? text, NerErrorKind kind, LabelledSpan? gold, LabelledSpan? predicted)
    {
        if (_errors is null || text is null)
        {
            return;
        }

        var anchor = gold ?? predicted!.Value;
        var from = Math.Max(0, anchor.Start - 60);
        var to = Math.Min(text.Length, anchor.End + 60);
        var context = text[from..to].ReplaceLineEndings(" ").Replace('\t', ' ');
        _errors.Add(new NerError(Documents - 1, kind, gold, predicted, Slice(text, gold), Slice(text, predicted), context));
    }

    private static string Slice(string text, LabelledSpan? span) =>
        span is { } s && s.End <= text.Length ? text[s.Start..s.End] : string.Empty;

    /// <summary>The scores so far.</summary>
    public NerEvaluationReport ToReport()
    {
        var types = _counts
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => TypeScore.From(pair.Key, pair.Value.Correct, pair.Value.Predicted, pair.Value.Gold))
            .ToList();
        var micro = TypeScore.From(
            "micro", _counts.Values.Sum(c => c.Correct), _counts.Values.Sum(c => c.Predicted), _counts.Values.Sum(c => c.Gold));
        var confusions = _confusions
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => pair.Key.Gold, StringComparer.Ordinal)
            .Take(10)
            .Select(pair => new TypeConfusion(pair.Key.Gold, pair.Key.Predicted, pair.Value))
            .ToList();
        return new NerEvaluationReport(_mapping, Documents, micro, types, confusions, _boundaryErrors);
    }

    private HashSet<LabelledSpan> Map(IEnumerable<LabelledSpan> spans)
    {
        var set = new HashSet<LabelledSpan>();
        foreach (var span in spans)
        {
            var type = NerTypeMappings.Map(_mapping, span.Type);
            if (type is not null)
            {
                set.Add(span with { Type = type });
            }
        }

        return set;
    }

    private void Bump(string type, long correct, long predicted, long gold)
    {
        var current = _counts.GetValueOrDefault(type);
        _counts[type] = (current.Correct + correct, current.Predicted + predicted, current.Gold + gold);
    }
}

/// <summary>An entity as a character span with a type label.</summary>
/// <param name="Start">Offset of its first character.</param>
/// <param name="End">Offset just past its last character.</param>
/// <param name="Type">Its type label.</param>
public readonly record struct LabelledSpan(int Start, int End, string Type);
