using EntityKit.Lexicon;

namespace EntityKit.Recognition;

/// <summary>
/// Reads and writes the lexicon section of a model file: a flags byte (1 = word clusters, 2 = gazetteer, 4 = the
/// gazetteer ignores case), then each present part as an int32 length and the part's own serialized form.
/// </summary>
internal static class LexiconFormat
{
    private const byte HasClusters = 1;
    private const byte HasGazetteer = 2;
    private const byte GazetteerIgnoresCase = 4;

    public static void Write(ITokenLexicon? lexicon, BinaryWriter writer)
    {
        if (lexicon is null)
        {
            writer.Write((byte)0);
            return;
        }

        if (lexicon is not ModelLexicon model)
        {
            throw new NotSupportedException($"Lexicon type {lexicon.GetType().Name} cannot be stored in a model.");
        }

        var flags = (byte)((model.Clusters is null ? 0 : HasClusters) | (model.Gazetteer is null ? 0 : HasGazetteer)
            | (model.Gazetteer?.IgnoreCase == true ? GazetteerIgnoresCase : 0));
        writer.Write(flags);
        if (model.Clusters is not null)
        {
            WriteBlob(writer, model.Clusters.Save);
        }

        if (model.Gazetteer is not null)
        {
            WriteBlob(writer, model.Gazetteer.Save);
        }
    }

    public static ITokenLexicon? Read(BinaryReader reader)
    {
        var flags = reader.ReadByte();
        if (flags == 0)
        {
            return null;
        }

        if ((flags & ~(HasClusters | HasGazetteer | GazetteerIgnoresCase)) != 0)
        {
            throw new ModelFormatException($"The model's lexicon section has unknown flags 0x{flags:X2}.");
        }

        try
        {
            var clusters = (flags & HasClusters) != 0 ? WordClusters.Load(ReadBlob(reader, "word clusters")) : null;
            var gazetteer = (flags & HasGazetteer) != 0
                ? Gazetteer.Load(ReadBlob(reader, "gazetteer"), ignoreCase: (flags & GazetteerIgnoresCase) != 0)
                : null;
            return new ModelLexicon(clusters, gazetteer);
        }
        catch (InvalidDataException exception)
        {
            throw new ModelFormatException($"The model's lexicon is invalid: {exception.Message}", exception);
        }
    }

    private static void WriteBlob(BinaryWriter writer, Action<Stream> save)
    {
        using var buffer = new MemoryStream();
        save(buffer);
        writer.Write((int)buffer.Length);
        writer.Write(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static MemoryStream ReadBlob(BinaryReader reader, string part)
    {
        var length = reader.ReadInt32();
        if (length < 0 || length > reader.BaseStream.Length - reader.BaseStream.Position)
        {
            throw new ModelFormatException($"The model's {part} section declares {length} bytes, more than remain.");
        }

        return new MemoryStream(reader.ReadBytes(length));
    }
}
