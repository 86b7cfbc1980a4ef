namespace EntityKit.Cli.Progress;

/// <summary>What a batch run has done so far.</summary>
/// <param name="Articles">Results written, failed ones included.</param>
/// <param name="Failed">Results that are errors.</param>
/// <param name="Tokens">Tokens of the analysed articles.</param>
/// <param name="Mentions">Entity mentions found.</param>
/// <param name="Entities">Entities (mentions grouped per article) found.</param>
/// <param name="EstimatedBytesRead">Input consumed, estimated from the UTF-8 size of the articles' text.</param>
/// <param name="Elapsed">Time since the run started.</param>
internal readonly record struct BatchTotals(
    long Articles, long Failed, long Tokens, long Mentions, long Entities, long EstimatedBytesRead, TimeSpan Elapsed)
{
    /// <summary>Tokens per second so far, or 0 before any time has passed.</summary>
    public double TokensPerSecond => Elapsed.TotalSeconds > 0 ? Tokens / Elapsed.TotalSeconds : 0;

    /// <summary>Articles per second so far, or 0 before any time has passed.</summary>
    public double ArticlesPerSecond => Elapsed.TotalSeconds > 0 ? Articles / Elapsed.TotalSeconds : 0;
}
