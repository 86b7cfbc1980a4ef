namespace EntityKit;

/// <summary>
/// One mention of an entity in an article: a half-open character range <c>[Start, End)</c> into the original text
/// with its type. <c>text.Substring(Start, End - Start) == Text</c> always holds.
/// </summary>
/// <remarks>An immutable value type.</remarks>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="Text">The mention's surface text, exactly as in the original text.</param>
/// <param name="Type">The entity type.</param>
/// <param name="Confidence">How sure the recognizer is, in [0, 1].</param>
/// <param name="FirstToken">Index of the mention's first token.</param>
/// <param name="TokenCount">Number of tokens.</param>
/// <param name="Source">Which layer produced the mention.</param>
public readonly record struct EntityMention(
    int Start,
    int End,
    string Text,
    EntityType Type,
    double Confidence,
    int FirstToken,
    int TokenCount,
    MentionSource Source = MentionSource.Model)
{
    /// <summary>Number of UTF-16 code units covered.</summary>
    public int Length => End - Start;

    /// <summary>The id of the dictionary entry the mention was matched from (e.g. a Wikidata QID or a ticker), or null.</summary>
    public string? EntryId { get; init; }

    /// <summary>The normalised value of a DATE, TIME, MONEY, PERCENT, QUANTITY, CARDINAL or ORDINAL mention (an ISO
    /// 8601/TIMEX3 value, or a number with its currency or unit), or null when there is none or it was not resolved.
    /// Set by the analyzer when <see cref="AnalyzerOptions.ResolveValues"/> is on.</summary>
    public MentionValue? Value { get; init; }
}

/// <summary>The layer of the pipeline that produced a mention.</summary>
public enum MentionSource
{
    /// <summary>The statistical sequence model.</summary>
    Model = 0,
    /// <summary>A dictionary (gazetteer) of known entities.</summary>
    Dictionary,
    /// <summary>A token pattern.</summary>
    Pattern,
    /// <summary>A correction rule applied after the other layers.</summary>
    Correction,
}
