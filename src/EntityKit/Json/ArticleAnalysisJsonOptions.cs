namespace EntityKit.Json;

/// <summary>What <see cref="ArticleAnalysisJson.ToRecord"/> puts into a record besides the analysis itself.</summary>
/// <remarks>Immutable once built.</remarks>
public sealed record ArticleAnalysisJsonOptions
{
    /// <summary>The options used when none are given: no tokens, no text.</summary>
    public static ArticleAnalysisJsonOptions Default { get; } = new();

    /// <summary>Write every token's range (<c>"tokens"</c>). Default false.</summary>
    public bool IncludeTokens { get; init; }

    /// <summary>
    /// Write what the offsets point into: the text (<c>"text"</c>), its boilerplate regions (<c>"boilerplate"</c>)
    /// and the article's <c>"title"</c>, <c>"published"</c> and <c>"url"</c> when known. Use it whenever the reader
    /// of the record does not have the text, as for a web page, whose text is extracted from the HTML. Default false.
    /// </summary>
    public bool IncludeText { get; init; }
}
