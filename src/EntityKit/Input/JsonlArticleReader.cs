using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace EntityKit.Input;

/// <summary>
/// Reads articles from JSON Lines: one object per line with a string <c>id</c> and either <c>text</c> (plain text) or
/// <c>html</c> (a web page, read with <see cref="Article.FromHtml(string, string, Articles.HtmlArticleOptions)"/>), and
/// optional string <c>title</c>, <c>url</c>, <c>published</c> (ISO 8601) and <c>language</c>, which win over what an
/// HTML page states; other members are ignored. A <c>text</c> that is a whole HTML page (see
/// <see cref="HtmlPageDetector"/>) is read as HTML too. Blank lines
/// are skipped, a UTF-8 byte-order mark and CRLF line ends are accepted. A malformed line (invalid UTF-8, invalid
/// JSON, not an object, a missing or mistyped member) yields an <see cref="ArticleReadError"/> record naming the line
/// and the problem, and reading goes on with the next line.
/// </summary>
public static class JsonlArticleReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64 };

    /// <summary>Reads the records of a JSONL file lazily, one line at a time.</summary>
    /// <param name="path">The file.</param>
    /// <returns>One record per non-blank line, in file order. If the file cannot be opened or read, the last record
    /// is an error that says so.</returns>
    public static IEnumerable<ArticleInput> ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return ReadFileCore(path);
    }

    /// <summary>Reads the records of a JSONL stream lazily, one line at a time. The stream is not disposed.</summary>
    /// <param name="stream">The UTF-8 bytes.</param>
    /// <param name="sourceName">The name used in errors and stand-in ids, such as the file path or <c>stdin</c>.</param>
    /// <returns>One record per non-blank line, in stream order.</returns>
    public static IEnumerable<ArticleInput> Read(Stream stream, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        return ReadCore(stream, sourceName);
    }

    /// <summary>Reads one JSONL line.</summary>
    /// <param name="line">The line's UTF-8 bytes, without its line terminator.</param>
    /// <param name="sourceName">The name used in errors and stand-in ids.</param>
    /// <param name="lineNumber">The 1-based line number.</param>
    /// <returns>The record, or null when the line is blank.</returns>
    public static ArticleInput? ReadLine(ReadOnlyMemory<byte> line, string sourceName, long lineNumber)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        ArgumentOutOfRangeException.ThrowIfLessThan(lineNumber, 1);
        var bytes = line.Span;
        if (bytes.Trim(" \t\r\n"u8).IsEmpty)
        {
            return null;
        }

        var invalidAt = FindInvalidUtf8(bytes);
        if (invalidAt >= 0)
        {
            return Error(line, sourceName, lineNumber, $"invalid UTF-8 at byte {invalidAt + 1} of the line");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line, DocumentOptions);
        }
        catch (JsonException exception)
        {
            return Error(line, sourceName, lineNumber, $"invalid JSON: {DescribeJsonError(exception)}");
        }

        using (document)
        {
            return ReadObject(document.RootElement, line, sourceName, lineNumber);
        }
    }

    /// <summary>Opens the file only when enumeration starts, and closes it when enumeration ends or is abandoned.</summary>
    private static IEnumerable<ArticleInput> ReadFileCore(string path)
    {
        var stream = TryOpen(path, out var failure);
        if (stream is null)
        {
            yield return failure!;
            yield break;
        }

        using (stream)
        {
            foreach (var input in ReadCore(stream, path))
            {
                yield return input;
            }
        }
    }

    private static FileStream? TryOpen(string path, out ArticleInput? failure)
    {
        failure = null;
        try
        {
            // Unbuffered: the line reader reads in large blocks itself.
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            failure = FileError(path, exception);
            return null;
        }
    }

    private static IEnumerable<ArticleInput> ReadCore(Stream stream, string sourceName)
    {
        using var reader = new Utf8LineReader(stream);
        while (true)
        {
            ReadOnlyMemory<byte> line = default;
            bool hasLine;
            ArticleInput? readFailure = null;
            try
            {
                hasLine = reader.TryReadLine(out line);
            }
            catch (IOException exception)
            {
                hasLine = false;
                readFailure = FileError(sourceName, exception, reader.LineNumber + 1);
            }

            if (readFailure is not null)
            {
                yield return readFailure;
            }

            if (!hasLine)
            {
                yield break;
            }

            if (ReadLine(line, sourceName, reader.LineNumber) is { } input)
            {
                yield return input;
            }
        }
    }

    private static ArticleInput ReadObject(JsonElement root, ReadOnlyMemory<byte> line, string sourceName, long lineNumber)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Error(line, sourceName, lineNumber, $"expected a JSON object, found {Describe(root.ValueKind)}");
        }

        if (!root.TryGetProperty("id"u8, out var idElement))
        {
            return Error(line, sourceName, lineNumber, "missing \"id\"");
        }

        if (idElement.ValueKind != JsonValueKind.String)
        {
            return Error(line, sourceName, lineNumber, $"\"id\" must be a string, found {Describe(idElement.ValueKind)}");
        }

        if (!TryGetString(idElement, "id", out var id, out var stringProblem))
        {
            return Error(StandInId(sourceName, lineNumber), sourceName, lineNumber, stringProblem);
        }

        if (id.Length == 0)
        {
            return Error(line, sourceName, lineNumber, "\"id\" is empty");
        }

        if (!TryGetContent(root, out var content, out var format, out var contentProblem))
        {
            return Error(id, sourceName, lineNumber, contentProblem);
        }

        if (!TryGetOptionalString(root, "title", out var title, out var problem)
            || !TryGetOptionalString(root, "url", out var url, out problem)
            || !TryGetOptionalString(root, "language", out var language, out problem)
            || !TryGetOptionalString(root, "published", out var publishedText, out problem))
        {
            return Error(id, sourceName, lineNumber, problem!);
        }

        DateTimeOffset? published = null;
        if (publishedText is not null)
        {
            if (!DateTimeOffset.TryParse(publishedText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
            {
                return Error(id, sourceName, lineNumber, $"\"published\" is not an ISO 8601 date: \"{publishedText}\"");
            }

            published = value;
        }

        if (format == ArticleInputFormat.Html)
        {
            return HtmlPageReader.FromPage(
                id, content, new Articles.HtmlArticleOptions { Url = AbsoluteUri(url) }, sourceName, lineNumber,
                page => WithRecordMetadata(page, title, url, language, published));
        }

        var article = new Article(id, content)
        {
            Title = title,
            Url = url,
            Language = language,
            Published = published,
        };
        return ArticleInput.FromArticle(article, sourceName, lineNumber);
    }

    /// <summary>The article of a page; the record's own metadata wins over what the page states.</summary>
    private static Article WithRecordMetadata(Article page, string? title, string? url, string? language, DateTimeOffset? published)
    {
        return page with
        {
            Title = title ?? page.Title,
            Url = url ?? page.Url,
            Language = language ?? page.Language,
            Published = published ?? page.Published,
        };
    }

    /// <summary>
    /// The record's content: exactly one of <c>text</c> and <c>html</c>, a string. A <c>text</c> that is a whole HTML
    /// page counts as <c>html</c>.
    /// </summary>
    private static bool TryGetContent(
        JsonElement root, [NotNullWhen(true)] out string? content, out ArticleInputFormat format, [NotNullWhen(false)] out string? problem)
    {
        content = null;
        format = ArticleInputFormat.Text;
        var hasText = root.TryGetProperty("text"u8, out var textElement);
        var hasHtml = root.TryGetProperty("html"u8, out var htmlElement);
        if (hasText && hasHtml)
        {
            problem = "has both \"text\" and \"html\": give one of them";
            return false;
        }

        if (!hasText && !hasHtml)
        {
            problem = "missing \"text\" (or \"html\" for a web page)";
            return false;
        }

        var (name, element) = hasText ? ("text", textElement) : ("html", htmlElement);
        if (element.ValueKind != JsonValueKind.String)
        {
            problem = $"\"{name}\" must be a string, found {Describe(element.ValueKind)}";
            return false;
        }

        if (!TryGetString(element, name, out content, out problem))
        {
            return false;
        }

        format = hasHtml || HtmlPageDetector.IsHtmlPage(content) ? ArticleInputFormat.Html : ArticleInputFormat.Text;
        return true;
    }

    private static Uri? AbsoluteUri(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri : null;

    private static bool TryGetOptionalString(JsonElement root, string name, out string? value, out string? problem)
    {
        value = null;
        problem = null;
        if (!root.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            problem = $"\"{name}\" must be a string or null, found {Describe(element.ValueKind)}";
            return false;
        }

        return TryGetString(element, name, out value, out problem);
    }

    /// <summary>Reads a JSON string, which fails when it escapes a lone surrogate (<c>"\ud800"</c>): such text is
    /// not valid Unicode, like invalid UTF-8.</summary>
    private static bool TryGetString(JsonElement element, string name, [NotNullWhen(true)] out string? value, [NotNullWhen(false)] out string? problem)
    {
        try
        {
            value = element.GetString()!;
            problem = null;
            return true;
        }
        catch (InvalidOperationException)
        {
            value = null;
            problem = $"\"{name}\" is not valid Unicode: it escapes a lone surrogate such as \\ud800";
            return false;
        }
    }

    private static ArticleInput Error(ReadOnlyMemory<byte> line, string sourceName, long lineNumber, string problem) =>
        Error(JsonIdRecovery.TryRecoverId(line.Span) ?? StandInId(sourceName, lineNumber), sourceName, lineNumber, problem);

    private static ArticleInput Error(string id, string sourceName, long lineNumber, string problem) =>
        ArticleInput.FromError(new ArticleReadError(id, sourceName, lineNumber, problem));

    private static ArticleInput FileError(string path, Exception exception, long lineNumber = 0) =>
        Error(lineNumber > 0 ? StandInId(path, lineNumber) : Path.GetFileName(path), path, lineNumber, $"cannot read: {exception.Message}");

    /// <summary>The id of a record whose own id is lost: file name and line, for example <c>news.jsonl:17</c>.</summary>
    internal static string StandInId(string sourceName, long lineNumber) =>
        string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(sourceName)}:{lineNumber}");

    /// <summary>Index of the first byte that is not valid UTF-8, or -1.</summary>
    internal static int FindInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return -1;
        }

        var index = 0;
        while (index < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[index..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return index;
            }

            index += consumed;
        }

        return -1;
    }

    private static string DescribeJsonError(JsonException exception)
    {
        // System.Text.Json appends " LineNumber: 0 | BytePositionInLine: 17." — keep the byte position, drop the rest.
        var message = exception.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var text = (cut > 0 ? message[..cut] : message).Replace(" Change the reader options.", "", StringComparison.Ordinal).TrimEnd();
        return exception.BytePositionInLine is { } position
            ? string.Create(CultureInfo.InvariantCulture, $"{text} (at byte {position + 1})")
            : text;
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
