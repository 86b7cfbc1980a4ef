namespace EntityKit.Input;

/// <summary>
/// An article source cannot be used at all: a path does not exist, a directory cannot be listed, or a file has an
/// extension other than <c>.txt</c>, <c>.html</c>, <c>.htm</c> and <c>.jsonl</c>. Problems inside a file are not exceptions: they become
/// <see cref="ArticleReadError"/> records.
/// </summary>
public sealed class ArticleSourceException : IOException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">The path concerned.</param>
    /// <param name="message">A one-line explanation that names the path.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    public ArticleSourceException(string path, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Path = path;
    }

    /// <summary>The path concerned.</summary>
    public string Path { get; }
}
