namespace EntityKit.Input;

/// <summary>One record of an article source with its analysis: the input says where the article came from, what it
/// was read from (<see cref="ArticleInput.Format"/>) and its metadata; the analysis what was found.</summary>
/// <remarks>Immutable.</remarks>
/// <param name="Input">The record as read (an article, or the error that kept it from being read).</param>
/// <param name="Analysis">Its analysis, or a failed analysis that says why there is none.</param>
public sealed record ArticleInputResult(ArticleInput Input, ArticleAnalysis Analysis)
{
    /// <summary>The article as read, or null when the record could not be read.</summary>
    public Article? Article => Input.Article;
}
