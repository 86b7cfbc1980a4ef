using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace EntityKit.Lexicon;

/// <summary>
/// The serialized form of a <see cref="Gazetteer"/>: the 4 ASCII bytes <c>EKGZ</c>, a little-endian int32 format
/// version, then a Brotli stream of UTF-8 text lines <c>phrase TAB CATEGORY[,CATEGORY…]</c> sorted ordinally by
/// phrase (phrase tokens separated by single spaces).
/// </summary>
internal static class GazetteerFormat
{
    internal const int Version = 1;
    private static ReadOnlySpan<byte> Magic => "EKGZ"u8;

    internal static void Write(Stream stream, IEnumerable<GazetteerEntry> sortedEntries)
    {
        Span<byte> header = stackalloc byte[8];
        Magic.CopyTo(header);
        BinaryPrimitives.WriteInt32LittleEndian(header[4..], Version);
        stream.Write(header);

        using var brotli = new BrotliStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new StreamWriter(brotli, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true) { NewLine = "\n" };
        foreach (var entry in sortedEntries)
        {
            writer.Write(entry.Phrase);
            writer.Write('\t');
            writer.WriteLine(GazetteerCategoryNames.Format(entry.Categories));
        }
    }

    internal static List<GazetteerEntry> Read(Stream stream)
    {
        Span<byte> header = stackalloc byte[8];
        try
        {
            stream.ReadExactly(header);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("Not a gazetteer (the data is shorter than its header).", e);
        }

        if (!header[..4].SequenceEqual(Magic))
        {
            throw new InvalidDataException("Not a gazetteer (the EKGZ header is missing).");
        }

        var version = BinaryPrimitives.ReadInt32LittleEndian(header[4..]);
        if (version != Version)
        {
            throw new InvalidDataException($"Gazetteer format version {version} is not supported (expected {Version}).");
        }

        using var brotli = new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new StreamReader(brotli, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
        var entries = new List<GazetteerEntry>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var tab = line.IndexOf('\t');
            if (tab <= 0)
            {
                throw new InvalidDataException($"Gazetteer line {lineNumber} has no phrase TAB categories.");
            }

            try
            {
                entries.Add(new GazetteerEntry(line[..tab], GazetteerCategoryNames.Parse(line.AsSpan(tab + 1))));
            }
            catch (FormatException e)
            {
                throw new InvalidDataException($"Gazetteer line {lineNumber}: {e.Message}", e);
            }
        }

        return entries;
    }
}
