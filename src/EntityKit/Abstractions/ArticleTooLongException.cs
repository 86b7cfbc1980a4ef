namespace EntityKit;

/// <summary>Thrown when an article's text exceeds <see cref="AnalyzerOptions.MaxArticleLength"/>.</summary>
public sealed class ArticleTooLongException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="articleId">The article's identifier.</param>
    /// <param name="length">The text's length.</param>
    /// <param name="maxLength">The configured maximum.</param>
    public ArticleTooLongException(string articleId, int length, int maxLength)
        : base($"Article '{articleId}' has {length:N0} characters, more than the maximum of {maxLength:N0} (AnalyzerOptions.MaxArticleLength).", "article")
    {
        ArticleId = articleId;
        Length = length;
        MaxLength = maxLength;
    }

    /// <summary>The article's identifier.</summary>
    public string ArticleId { get; }

    /// <summary>The text's length.</summary>
    public int Length { get; }

    /// <summary>The configured maximum.</summary>
    public int MaxLength { get; }
}
