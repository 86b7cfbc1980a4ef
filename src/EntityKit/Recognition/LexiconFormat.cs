namespace EntityKit.Recognition;

/// <summary>
/// Reads and writes the lexicon section of a model file: a flags byte (1 = word clusters, 2 = gazetteer phrases);
/// for clusters the number of levels (for more than four levels, then each level's id bits) and a hash table (exact
/// word hash → packed ids, 16 bits per level up to four levels), for the gazetteer the
/// longest phrase length and a hash table (phrase-prefix hash → categories and continuation flag). A table is its
/// entry count, its keys ascending as 7-bit-encoded deltas, then its values 7-bit encoded.
/// </summary>
internal static class LexiconFormat
{
    private const byte HasClusters = 1;
    private const byte HasPhrases = 2;

    public static void Write(ITokenLexicon? lexicon, BinaryWriter writer)
    {
        if (lexicon is null)
        {
            writer.Write((byte)0);
            return;
        }

        if (lexicon is not HashedLexicon hashed)
        {
            throw new NotSupportedException($"Lexicon type {lexicon.GetType().Name} cannot be stored in a model.");
        }

        writer.Write((byte)((hashed.Clusters is null ? 0 : HasClusters) | (hashed.Phrases is null ? 0 : HasPhrases)));
        if (hashed.Clusters is not null)
        {
            writer.Write(hashed.ClusterLevels);
            if (hashed.ClusterLevels > 4)
            {
                writer.Write(hashed.ClusterBits);
            }

            WriteTable(writer, hashed.Clusters);
        }

        if (hashed.Phrases is not null)
        {
            writer.Write(hashed.MaxPhraseTokens);
            WriteTable(writer, hashed.Phrases);
        }
    }

    public static ITokenLexicon? Read(BinaryReader reader)
    {
        var flags = reader.ReadByte();
        if (flags == 0)
        {
            return null;
        }

        if ((flags & ~(HasClusters | HasPhrases)) != 0)
        {
            throw new ModelFormatException($"The model's lexicon section has unknown flags 0x{flags:X2}.");
        }

        HashTable? clusters = null;
        byte[] bits = [];
        if ((flags & HasClusters) != 0)
        {
            var levels = reader.ReadInt32();
            if (levels is < 1 or > EntityKit.Lexicon.ClusterIds.MaxLevels)
            {
                throw new ModelFormatException(
                    $"The model's word clusters declare {levels} levels (1 to {EntityKit.Lexicon.ClusterIds.MaxLevels} are allowed).");
            }

            bits = levels <= 4 ? Enumerable.Repeat((byte)16, levels).ToArray() : reader.ReadBytes(levels);
            if (bits.Length != levels || bits.Any(b => b is < 1 or > 16) || bits.Sum(b => b) > 64)
            {
                throw new ModelFormatException(
                    $"The model's word clusters declare id widths of {string.Join('/', bits)} bits (each 1 to 16, at most 64 in all).");
            }

            clusters = ReadTable(reader, "word clusters");
        }

        HashTable? phrases = null;
        var maxTokens = 0;
        if ((flags & HasPhrases) != 0)
        {
            maxTokens = reader.ReadInt32();
            if (maxTokens is < 1 or > 1000)
            {
                throw new ModelFormatException($"The model's gazetteer declares phrases of {maxTokens} tokens.");
            }

            phrases = ReadTable(reader, "gazetteer");
        }

        return new HashedLexicon(clusters, bits, phrases, maxTokens);
    }

    private static void WriteTable(BinaryWriter writer, HashTable table)
    {
        writer.Write(table.Keys.Length);
        var previous = 0UL;
        foreach (var key in table.Keys)
        {
            writer.Write7BitEncodedInt64((long)(key - previous));
            previous = key;
        }

        foreach (var value in table.Values)
        {
            writer.Write7BitEncodedInt64((long)value);
        }
    }

    private static HashTable ReadTable(BinaryReader reader, string part)
    {
        var count = reader.ReadInt32();
        if (count < 0 || count > reader.BaseStream.Length - reader.BaseStream.Position)
        {
            throw new ModelFormatException($"The model's {part} table declares {count} entries, more than its bytes can hold.");
        }

        var keys = new ulong[count];
        var values = new ulong[count];
        var data = PayloadSpanReader.Remaining(reader);
        var position = 0;
        var previous = 0UL;
        for (var i = 0; i < count; i++)
        {
            var delta = PayloadSpanReader.Read7BitEncodedUInt64(data, ref position);
            if (i > 0 && delta == 0)
            {
                throw new ModelFormatException($"The model's {part} keys are not strictly ascending (entry #{i}).");
            }

            keys[i] = previous + delta;
            previous = keys[i];
        }

        for (var i = 0; i < count; i++)
        {
            values[i] = PayloadSpanReader.Read7BitEncodedUInt64(data, ref position);
        }

        PayloadSpanReader.Advance(reader, position);

        return new HashTable(keys, values);
    }
}
