using EntityKit.Recognition;

namespace EntityKit.Models.English.Accurate;

/// <summary>
/// A BERT <c>vocab.txt</c>: one word piece a line (\n, \r\n or \r), its id the line's index (a repeated piece keeps its last line, as
/// the training tooling reads it), with the special pieces <c>[CLS]</c>, <c>[SEP]</c>, <c>[PAD]</c>, <c>[UNK]</c>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class WordPieceVocabulary
{
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private WordPieceVocabulary(Dictionary<string, int> ids, int classify, int separator, int padding, int unknown)
    {
        _lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        Count = ids.Count;
        Classify = classify;
        Separator = separator;
        Padding = padding;
        Unknown = unknown;
    }

    public int Count { get; }

    public int Classify { get; }

    public int Separator { get; }

    public int Padding { get; }

    public int Unknown { get; }

    public bool TryGetId(ReadOnlySpan<char> piece, out int id) => _lookup.TryGetValue(piece, out id);

    /// <summary>Reads a vocabulary; <paramref name="name"/> names the source in errors.</summary>
    /// <exception cref="ModelFormatException">It is empty, not UTF-8 text, or lacks a special piece.</exception>
    public static WordPieceVocabulary Read(Stream stream, string name)
    {
        string text;
        try
        {
            using var reader = new StreamReader(stream, new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false);
            text = reader.ReadToEnd();
        }
        catch (System.Text.DecoderFallbackException exception)
        {
            throw new ModelFormatException($"'{name}': the vocabulary is not UTF-8 text.", exception);
        }

        // Python's text mode reads \r\n, \r and \n as line ends (the vocabulary in the MiniLM package has \r\n).
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var count = lines[^1].Length == 0 ? lines.Length - 1 : lines.Length;
        var ids = new Dictionary<string, int>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            ids[lines[i]] = i;
        }

        return new WordPieceVocabulary(ids, Special(ids, "[CLS]", name), Special(ids, "[SEP]", name), Special(ids, "[PAD]", name), Special(ids, "[UNK]", name));
    }

    private static int Special(Dictionary<string, int> ids, string piece, string name) =>
        ids.TryGetValue(piece, out var id)
            ? id
            : throw new ModelFormatException($"'{name}': the vocabulary has no {piece} line ({ids.Count:N0} pieces read); is this a BERT vocab.txt?");
}
