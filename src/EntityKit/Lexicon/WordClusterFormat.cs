using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace EntityKit.Lexicon;

/// <summary>
/// The serialized form of <see cref="WordClusters"/>: the 4 ASCII bytes <c>EKWC</c>, a little-endian int32 format
/// version, then a Brotli stream holding: int32 level count, int32 size per level, int32 word count, every word as
/// a 7-bit-encoded UTF-8 byte length plus its bytes, then the ids column by column (one uint16 per word per level).
/// </summary>
internal static class WordClusterFormat
{
    internal const int Version = 1;
    private static ReadOnlySpan<byte> Magic => "EKWC"u8;

    internal static void Write(Stream stream, int[] levelSizes, IEnumerable<KeyValuePair<string, ClusterIds>> sortedEntries)
    {
        var entries = sortedEntries.ToArray();
        Span<byte> header = stackalloc byte[8];
        Magic.CopyTo(header);
        BinaryPrimitives.WriteInt32LittleEndian(header[4..], Version);
        stream.Write(header);

        using var brotli = new BrotliStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(brotli, Encoding.UTF8, leaveOpen: true);
        writer.Write(levelSizes.Length);
        foreach (var size in levelSizes)
        {
            writer.Write(size);
        }

        writer.Write(entries.Length);
        foreach (var (word, _) in entries)
        {
            writer.Write(word);
        }

        for (var level = 0; level < levelSizes.Length; level++)
        {
            foreach (var (_, ids) in entries)
            {
                writer.Write((ushort)ids[level]);
            }
        }
    }

    internal static (int[] LevelSizes, List<KeyValuePair<string, ClusterIds>> Entries) Read(Stream stream)
    {
        Span<byte> header = stackalloc byte[8];
        stream.ReadExactly(header);
        if (!header[..4].SequenceEqual(Magic))
        {
            throw new InvalidDataException("Not a word-cluster table (the EKWC header is missing).");
        }

        var version = BinaryPrimitives.ReadInt32LittleEndian(header[4..]);
        if (version != Version)
        {
            throw new InvalidDataException($"Word-cluster table format version {version} is not supported (expected {Version}).");
        }

        using var brotli = new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(brotli, Encoding.UTF8, leaveOpen: true);
        try
        {
            var levelCount = reader.ReadInt32();
            if (levelCount is < 1 or > ClusterIds.MaxLevels)
            {
                throw new InvalidDataException($"A word-cluster table has 1..{ClusterIds.MaxLevels} levels, the data says {levelCount}.");
            }

            var sizes = new int[levelCount];
            for (var i = 0; i < levelCount; i++)
            {
                sizes[i] = reader.ReadInt32();
            }

            var wordCount = reader.ReadInt32();
            if (wordCount < 0)
            {
                throw new InvalidDataException($"Negative word count {wordCount}.");
            }

            var words = new string[wordCount];
            for (var i = 0; i < wordCount; i++)
            {
                words[i] = reader.ReadString();
            }

            var ids = new int[wordCount * levelCount];
            for (var level = 0; level < levelCount; level++)
            {
                for (var i = 0; i < wordCount; i++)
                {
                    ids[(i * levelCount) + level] = reader.ReadUInt16();
                }
            }

            var entries = new List<KeyValuePair<string, ClusterIds>>(wordCount);
            for (var i = 0; i < wordCount; i++)
            {
                entries.Add(new(words[i], new ClusterIds(ids.AsSpan(i * levelCount, levelCount))));
            }

            return (sizes, entries);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("The word-cluster table is truncated.", e);
        }
    }
}
