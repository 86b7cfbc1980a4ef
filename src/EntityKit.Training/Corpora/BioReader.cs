using System.Collections.Immutable;

namespace EntityKit.Corpora;

/// <summary>
/// Reads BIO-tagged corpora: one <c>TOKEN&lt;TAB&gt;TAG</c> per line, a blank line between sentences, and a line
/// <c>-DOCSTART-</c> between documents. Documents are streamed one at a time.
/// </summary>
public static class BioReader
{
    /// <summary>Reads the documents of a file lazily.</summary>
    /// <param name="path">The file.</param>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="BioFormatException">A line is malformed (the message gives file and line).</exception>
    public static IEnumerable<BioDocument> ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"BIO file '{path}' does not exist.", path);
        }

        return ReadFileCore(path);
    }

    private static IEnumerable<BioDocument> ReadFileCore(string path)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        foreach (var document in Read(reader, path))
        {
            yield return document;
        }
    }

    /// <summary>Reads the documents of a text lazily.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="sourceName">A name for error messages, such as the file path.</param>
    /// <exception cref="BioFormatException">A line is malformed.</exception>
    public static IEnumerable<BioDocument> Read(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        var sentences = ImmutableArray.CreateBuilder<BioSentence>();
        var tokens = ImmutableArray.CreateBuilder<string>();
        var tags = ImmutableArray.CreateBuilder<string>();
        var documentIndex = 0;
        var lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                FlushSentence(sentences, tokens, tags);
                if (sentences.Count > 0)
                {
                    yield return new BioDocument(documentIndex++, sentences.ToImmutable());
                    sentences.Clear();
                }

                continue;
            }

            if (line.Length == 0)
            {
                FlushSentence(sentences, tokens, tags);
                continue;
            }

            var tab = line.LastIndexOf('\t');
            if (tab <= 0 || tab == line.Length - 1)
            {
                throw new BioFormatException(sourceName, lineNumber, "expected TOKEN<TAB>TAG");
            }

            var tag = line[(tab + 1)..];
            if (!IsValidTag(tag))
            {
                throw new BioFormatException(sourceName, lineNumber, $"'{tag}' is not a BIO tag (O, B-TYPE or I-TYPE)");
            }

            tokens.Add(line[..tab]);
            tags.Add(tag);
        }

        FlushSentence(sentences, tokens, tags);
        if (sentences.Count > 0)
        {
            yield return new BioDocument(documentIndex, sentences.ToImmutable());
        }
    }

    private static bool IsValidTag(string tag) =>
        tag == "O" || (tag.Length > 2 && tag[1] == '-' && tag[0] is 'B' or 'I');

    private static void FlushSentence(
        ImmutableArray<BioSentence>.Builder sentences,
        ImmutableArray<string>.Builder tokens,
        ImmutableArray<string>.Builder tags)
    {
        if (tokens.Count == 0)
        {
            return;
        }

        sentences.Add(new BioSentence(tokens.ToImmutable(), tags.ToImmutable()));
        tokens.Clear();
        tags.Clear();
    }
}

/// <summary>A malformed line in a BIO file.</summary>
public sealed class BioFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="source">The file or source name.</param>
    /// <param name="line">The 1-based line number.</param>
    /// <param name="problem">What is wrong.</param>
    public BioFormatException(string source, int line, string problem)
        : base($"{source}:{line}: {problem}.")
    {
        Source = source;
        Line = line;
    }

    /// <summary>The file or source name.</summary>
    public new string Source { get; }

    /// <summary>The 1-based line number.</summary>
    public int Line { get; }
}
