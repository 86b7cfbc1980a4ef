namespace EntityKit;

/// <summary>
/// Where a mention's edges go for the two cases on which annotated corpora disagree with a reader: a possessive
/// clitic after a name and a currency sign before an amount. See <see cref="AnalyzerOptions.MentionEdges"/>.
/// </summary>
public enum MentionEdgeConvention
{
    /// <summary>
    /// As a reader expects (the default): a possessive <c>'s</c> is left out of a name ("Stanford University's" gives
    /// "Stanford University") and a currency sign right before an amount is taken in ("$1,000" is MONEY "$1,000",
    /// "£250" becomes MONEY).
    /// </summary>
    Reader = 0,

    /// <summary>
    /// As the model learnt them from OntoNotes, whose annotators put a possessive inside a name more often than not and
    /// left the currency sign out of about a quarter of amounts: the model's own edges are kept for these two cases.
    /// Use it to score against OntoNotes-style gold (<c>entitykit eval</c> does by default).
    /// </summary>
    AsTrained = 1,
}
