namespace EntityKit.Corpora;

/// <summary>An entity annotated as a character range of a text: <c>[Start, End)</c>, end exclusive.</summary>
/// <param name="Start">Offset of its first UTF-16 code unit.</param>
/// <param name="End">Offset just past its last code unit.</param>
/// <param name="Type">Its type: an OntoNotes type or a user-defined one such as <c>TICKER</c>.</param>
public readonly record struct AnnotatedSpan(int Start, int End, EntityType Type)
{
    /// <summary>Number of characters covered.</summary>
    public int Length => End - Start;
}
