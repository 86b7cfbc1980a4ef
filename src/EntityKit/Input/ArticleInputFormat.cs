namespace EntityKit.Input;

/// <summary>What an article was read from, which decides what its offsets point into.</summary>
public enum ArticleInputFormat
{
    /// <summary>Plain text: offsets point into the text exactly as given.</summary>
    Text = 0,

    /// <summary>
    /// An HTML page, turned into plain text by <see cref="Article.FromHtml(string, string)"/>: offsets point into that
    /// extracted text, which the caller does not have, so the output carries it.
    /// </summary>
    Html,
}
