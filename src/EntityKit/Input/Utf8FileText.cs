using System.Text;

namespace EntityKit.Input;

/// <summary>
/// Reads a whole file as UTF-8 text, for the readers of one-article files (<c>.txt</c>, <c>.html</c>): a leading
/// byte-order mark is dropped, everything else is kept exactly as stored, and a file that cannot be read or is not
/// valid UTF-8 becomes an <see cref="ArticleReadError"/> that says where.
/// </summary>
internal static class Utf8FileText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Turns the decoded text of a one-article file into its record.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="id">The article's id: the file name without extension.</param>
    /// <param name="sourceName">The file path as given.</param>
    public delegate ArticleInput ToInput(string text, string id, string sourceName);

    /// <summary>Reads a file as one article: its id is the file name without extension.</summary>
    public static ArticleInput ReadFile(string path, ToInput toInput)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var id = Path.GetFileNameWithoutExtension(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return ArticleInput.FromError(new ArticleReadError(id, path, 0, $"cannot read: {exception.Message}"));
        }

        return Read(bytes, id, path, toInput);
    }

    /// <summary>Decodes the bytes of one article, or says where the first byte that is not UTF-8 is.</summary>
    public static ArticleInput Read(ReadOnlySpan<byte> bytes, string id, string sourceName, ToInput toInput)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        var bom = bytes.StartsWith("\uFEFF"u8) ? 3 : 0;
        var invalidAt = JsonlArticleReader.FindInvalidUtf8(bytes[bom..]);
        if (invalidAt >= 0)
        {
            var (line, column) = LineAndColumn(bytes, bom + invalidAt);
            return ArticleInput.FromError(new ArticleReadError(
                id, sourceName, line, $"invalid UTF-8 at byte {column} of the line (byte {bom + invalidAt} of the file)"));
        }

        return toInput(StrictUtf8.GetString(bytes[bom..]), id, sourceName);
    }

    private static (long Line, int Column) LineAndColumn(ReadOnlySpan<byte> bytes, int offset)
    {
        var before = bytes[..offset];
        var line = before.Count((byte)'\n') + 1L;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return (line, offset - lineStart + 1);
    }
}
