namespace EntityKit.Lexicon;

/// <summary>Which gazetteer matches <see cref="Gazetteer.Annotate(ReadOnlySpan{char}, ReadOnlySpan{TokenInfo}, Span{GazetteerHits}, GazetteerMatchMode)"/> reports.</summary>
public enum GazetteerMatchMode
{
    /// <summary>Every phrase found at every start position, overlapping or nested (most informative for features).</summary>
    AllMatches = 0,
    /// <summary>Left to right, the longest phrase at each position; the scan resumes after it (no overlaps).</summary>
    LongestMatch = 1,
}
