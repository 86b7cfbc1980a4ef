using System.Text;
using System.Text.Json;
using EntityKit.Input;

namespace EntityKit.Cli.Serving;

/// <summary>
/// Reads the one article of <c>POST /v1/analyze</c>: a JSON object with <c>id</c> and either <c>text</c> (as in the
/// JSONL input of <c>entitykit analyze</c>) or <c>html</c> (a web page, read with <see cref="Article.FromHtml(string, string)"/>);
/// or a <c>text/plain</c> / <c>text/html</c> body whose id is the <c>id</c> query parameter.
/// </summary>
internal static class AnalyzeRequestReader
{
    private const string SourceName = "request body";

    /// <summary>The article as an input record (its format says whether it was a web page), or null with
    /// <paramref name="problem"/> saying what is wrong.</summary>
    public static ArticleInput? Read(ReadOnlyMemory<byte> body, string? contentType, string? queryId, out string? problem)
    {
        problem = null;
        var mediaType = contentType?.Split(';', 2)[0].Trim().ToLowerInvariant();
        if (mediaType is "text/plain" or "text/html")
        {
            return ReadPlain(body, mediaType, queryId, out problem);
        }

        if (mediaType is not (null or "" or "application/json"))
        {
            problem = $"Content-Type '{contentType}' is not supported: send application/json ({{\"id\",\"text\"}} or {{\"id\",\"html\"}}), text/plain or text/html.";
            return null;
        }

        if (HasHtmlMember(body, out var html, out var id, out problem))
        {
            return problem is null ? ReadPage(id!, html!, out problem) : null;
        }

        if (problem is not null)
        {
            return null;
        }

        var input = JsonlArticleReader.ReadLine(body, SourceName, lineNumber: 1);
        if (input is null)
        {
            problem = "The request body is empty: send one JSON object with \"id\" and \"text\" (or \"html\").";
            return null;
        }

        problem = input.Error?.Problem;
        return input.Article is null ? null : input;
    }

    private static ArticleInput? ReadPlain(ReadOnlyMemory<byte> body, string mediaType, string? queryId, out string? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(queryId))
        {
            problem = $"A {mediaType} body needs the article id in the query: POST /v1/analyze?id=...";
            return null;
        }

        var invalidAt = JsonlArticleReader.FindInvalidUtf8(body.Span);
        if (invalidAt >= 0)
        {
            problem = $"The request body is not UTF-8: invalid byte at offset {invalidAt}.";
            return null;
        }

        var text = Encoding.UTF8.GetString(body.Span);
        return mediaType == "text/html"
            ? ReadPage(queryId, text, out problem)
            : ArticleInput.FromArticle(new Article(queryId, text), SourceName, 1);
    }

    /// <summary>The page's article, or null with <paramref name="problem"/> when the page is refused (nested too
    /// deep to read safely): a client error, never a server failure.</summary>
    private static ArticleInput? ReadPage(string id, string html, out string? problem)
    {
        try
        {
            problem = null;
            return ArticleInput.FromArticle(Article.FromHtml(id, html), SourceName, 1, ArticleInputFormat.Html);
        }
        catch (EntityKit.Articles.HtmlNestingTooDeepException exception)
        {
            problem = exception.Message;
            return null;
        }
    }

    /// <summary>True when the body is a JSON object with an <c>html</c> member; then either the id and html are set or
    /// <paramref name="problem"/> says what is wrong. False (and no problem) for anything else, which the JSONL reader
    /// then reads and reports on.</summary>
    private static bool HasHtmlMember(ReadOnlyMemory<byte> body, out string? html, out string? id, out string? problem)
    {
        html = id = problem = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException)
        {
            return false;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("html"u8, out var htmlMember))
            {
                return false;
            }

            if (root.TryGetProperty("text"u8, out _))
            {
                problem = "The article has both \"text\" and \"html\": send one of them.";
            }
            else if (htmlMember.ValueKind != JsonValueKind.String)
            {
                problem = $"\"html\" must be a string, not {htmlMember.ValueKind.ToString().ToLowerInvariant()}.";
            }
            else if (!root.TryGetProperty("id"u8, out var idMember) || idMember.ValueKind != JsonValueKind.String)
            {
                problem = "The article has no string \"id\".";
            }
            else
            {
                html = htmlMember.GetString();
                id = idMember.GetString();
            }

            return true;
        }
    }
}
