namespace EntityKit.Evaluation.Extraction;

/// <summary>One page of an article-extraction benchmark.</summary>
/// <param name="Id">The page's id (the ground truth's key and the page file's name without extension).</param>
/// <param name="Url">The page's address when the ground truth states it.</param>
/// <param name="TruthBody">The human-made article body.</param>
/// <param name="HtmlPath">The page file (<c>ID.html.gz</c> or <c>ID.html</c>).</param>
public sealed record BenchmarkPage(string Id, Uri? Url, string TruthBody, string HtmlPath);

/// <summary>What an extractor made of one benchmark page and how it scored.</summary>
/// <param name="Page">The page.</param>
/// <param name="ExtractedBody">The extracted article body.</param>
/// <param name="Match">The comparison with the page's ground truth.</param>
public sealed record PageExtraction(BenchmarkPage Page, string ExtractedBody, ShingleMatch Match);

/// <summary>A benchmark's pages or ground truth cannot be read; the message names the file and what is wrong.</summary>
/// <param name="message">What is wrong, and where.</param>
/// <param name="innerException">The underlying error, if any.</param>
public sealed class BenchmarkFormatException(string message, Exception? innerException = null) : Exception(message, innerException);
