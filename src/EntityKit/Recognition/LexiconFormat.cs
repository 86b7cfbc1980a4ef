namespace EntityKit.Recognition;

/// <summary>Reads and writes the lexicon section of a model file (word clusters and gazetteers).</summary>
internal static class LexiconFormat
{
    private const byte None = 0;

    public static void Write(ITokenLexicon? lexicon, BinaryWriter writer)
    {
        if (lexicon is null)
        {
            writer.Write(None);
            return;
        }

        throw new NotSupportedException($"Lexicon type {lexicon.GetType().Name} cannot be stored in a model.");
    }

    public static ITokenLexicon? Read(BinaryReader reader)
    {
        var kind = reader.ReadByte();
        return kind switch
        {
            None => null,
            _ => throw new ModelFormatException($"The model has a lexicon section of unknown kind {kind}."),
        };
    }
}
