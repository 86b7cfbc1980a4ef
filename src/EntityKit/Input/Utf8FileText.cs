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

    /// <summary>Reads the bytes of a file, or says why it cannot be read.</summary>
    public static byte[]? TryReadAllBytes(string path, string id, out ArticleReadError? error)
    {
        try
        {
            error = null;
            return File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error = new ArticleReadError(id, path, 0, $"cannot read: {exception.Message}");
            return null;
        }
    }

    /// <summary>Decodes the bytes, or says where the first byte that is not UTF-8 is.</summary>
    public static string? TryDecode(ReadOnlySpan<byte> bytes, string id, string sourceName, out ArticleReadError? error)
    {
        var bom = bytes.StartsWith("\uFEFF"u8) ? 3 : 0;
        var invalidAt = JsonlArticleReader.FindInvalidUtf8(bytes[bom..]);
        if (invalidAt >= 0)
        {
            var (line, column) = LineAndColumn(bytes, bom + invalidAt);
            error = new ArticleReadError(id, sourceName, line, $"invalid UTF-8 at byte {column} of the line (byte {bom + invalidAt} of the file)");
            return null;
        }

        error = null;
        return StrictUtf8.GetString(bytes[bom..]);
    }

    private static (long Line, int Column) LineAndColumn(ReadOnlySpan<byte> bytes, int offset)
    {
        var before = bytes[..offset];
        var line = before.Count((byte)'\n') + 1L;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return (line, offset - lineStart + 1);
    }
}
