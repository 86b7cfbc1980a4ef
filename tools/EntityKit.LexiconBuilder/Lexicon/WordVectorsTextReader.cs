using System.Globalization;

namespace EntityKit.Training.Lexicon;

/// <summary>
/// Reads word vectors in the text format of word2vec and fastText (<c>.vec</c>): a header line
/// <c>COUNT DIMENSIONS</c>, then one line per word, <c>WORD V1 … VD</c>, separated by single spaces. COUNT is not
/// checked, so that a file of extra vectors (fastText's <c>print-word-vectors</c> output) may be appended.
/// Rows are scaled to unit length; a word that appears twice keeps its first vector.
/// </summary>
public static class WordVectorsTextReader
{
    /// <summary>Reads the vectors from <paramref name="reader"/>.</summary>
    /// <param name="reader">The text; read to its end, not closed.</param>
    /// <param name="source">A name for the text used in error messages (a file path).</param>
    /// <returns>The words in file order (the <c>Counts</c> rank them: the first word counts highest) and their unit vectors.</returns>
    /// <exception cref="FormatException">The header or a line is malformed; the message names the source and line.</exception>
    public static WordVectors Read(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        var header = reader.ReadLine()?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (header is not { Length: 2 }
            || !int.TryParse(header[1], NumberStyles.None, CultureInfo.InvariantCulture, out var dimensions)
            || dimensions < 1)
        {
            throw new FormatException($"{source}:1: expected a header 'COUNT DIMENSIONS' (word2vec/fastText text format).");
        }

        var words = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var values = new List<float>();
        var row = new float[dimensions];
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var parts = line.TrimEnd(' ').Split(' ');
            if (parts.Length != dimensions + 1 || parts[0].Length == 0)
            {
                throw new FormatException($"{source}:{lineNumber}: expected a word and {dimensions} numbers, found {parts.Length} fields.");
            }

            for (var d = 0; d < dimensions; d++)
            {
                if (!float.TryParse(parts[d + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out row[d]) || !float.IsFinite(row[d]))
                {
                    throw new FormatException($"{source}:{lineNumber}: '{parts[d + 1]}' (value {d + 1} of '{parts[0]}') is not a finite number.");
                }
            }

            if (!seen.Add(parts[0]))
            {
                continue;
            }

            words.Add(parts[0]);
            AppendUnit(values, row);
        }

        var counts = new long[words.Count];
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] = counts.Length - i;
        }

        return new WordVectors(words, counts, dimensions, values.ToArray());
    }

    private static void AppendUnit(List<float> values, float[] row)
    {
        double squares = 0;
        foreach (var value in row)
        {
            squares += value * value;
        }

        var scale = squares > 0 ? (float)(1 / Math.Sqrt(squares)) : 0f;
        foreach (var value in row)
        {
            values.Add(value * scale);
        }
    }
}
