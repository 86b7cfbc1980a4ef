using System.Text;

namespace EntityKit.Input;

/// <summary>
/// Reads a plain-text file as one article whose id is the file name without its extension. The text is kept exactly
/// as stored (line ends included) apart from a leading UTF-8 byte-order mark, so offsets refer to the file's content.
/// </summary>
public static class TextArticleReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a text file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The article, or an error record when the file cannot be read or is not valid UTF-8.</returns>
    public static ArticleInput ReadFile(string path)
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

        return Read(bytes, id, path);
    }

    /// <summary>Decodes the bytes of one text article.</summary>
    /// <param name="bytes">The UTF-8 bytes, optionally with a byte-order mark.</param>
    /// <param name="id">The article's id.</param>
    /// <param name="sourceName">The name used in errors, such as the file path.</param>
    /// <returns>The article, or an error record when the bytes are not valid UTF-8.</returns>
    public static ArticleInput Read(ReadOnlySpan<byte> bytes, string id, string sourceName)
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

        var text = StrictUtf8.GetString(bytes[bom..]);
        return ArticleInput.FromArticle(new Article(id, text), sourceName, 0);
    }

    private static (long Line, int Column) LineAndColumn(ReadOnlySpan<byte> bytes, int offset)
    {
        var before = bytes[..offset];
        var line = before.Count((byte)'\n') + 1L;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return (line, offset - lineStart + 1);
    }
}
