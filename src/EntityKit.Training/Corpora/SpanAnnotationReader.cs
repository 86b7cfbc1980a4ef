using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using EntityKit.Text;

namespace EntityKit.Corpora;

/// <summary>
/// Reads the JSONL annotation format for users: one object per line,
/// <c>{"id": "a1", "text": "Shares of $AAPL rose.", "spans": [{"start": 10, "end": 15, "type": "TICKER"}]}</c>, with
/// character offsets into <c>text</c> (UTF-16 code units, end exclusive), an optional <c>id</c> and an optional
/// <c>spans</c> (a text without entities is a useful negative example). Blank lines are skipped.
/// </summary>
/// <remarks>
/// Every record is validated and tokenized with the analyzer's tokenizer: malformed JSON, a missing text, spans out of
/// range, empty, overlapping, or starting or ending inside a token, and invalid type names are reported as
/// <see cref="SpanAnnotationError"/>s naming the line and what is wrong; that line is left out, the good lines are
/// kept. Sentences that an entity would cross are joined. Thread-safe if the tokenizer and splitter are.
/// </remarks>
public sealed class SpanAnnotationReader
{
    private readonly ITokenizer _tokenizer;
    private readonly ISentenceSplitter _splitter;

    /// <summary>Creates a reader.</summary>
    /// <param name="tokenizer">The analyzer's tokenizer: spans must fall on its token boundaries.</param>
    /// <param name="splitter">The analyzer's sentence splitter.</param>
    public SpanAnnotationReader(ITokenizer tokenizer, ISentenceSplitter splitter)
    {
        ArgumentNullException.ThrowIfNull(tokenizer);
        ArgumentNullException.ThrowIfNull(splitter);
        _tokenizer = tokenizer;
        _splitter = splitter;
    }

    /// <summary>Reads a file.</summary>
    /// <param name="path">The JSONL file.</param>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public SpanAnnotationReadResult ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Annotation file '{path}' does not exist.", path);
        }

        using var reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader, path);
    }

    /// <summary>Reads JSONL text.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="sourceName">The name used in error messages, such as the file path.</param>
    public SpanAnnotationReadResult Read(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        var texts = new List<AnnotatedText>();
        var errors = new List<SpanAnnotationError>();
        var problems = new List<string>();
        long lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            problems.Clear();
            var text = ReadLine(line, lineNumber, problems);
            if (text is not null && problems.Count == 0)
            {
                texts.Add(text);
            }

            errors.AddRange(problems.Select(p => new SpanAnnotationError(sourceName, lineNumber, p)));
        }

        return new SpanAnnotationReadResult(texts, errors);
    }

    /// <summary>Validates and tokenizes one annotated text.</summary>
    /// <param name="id">Its id, or null.</param>
    /// <param name="text">The text.</param>
    /// <param name="spans">Its entities.</param>
    /// <param name="problems">Receives what is wrong, one message per problem.</param>
    /// <param name="lineNumber">The source line, for <see cref="AnnotatedText.LineNumber"/>; 0 when none.</param>
    /// <returns>The annotated text, or null when <paramref name="problems"/> received any.</returns>
    public AnnotatedText? Annotate(string? id, string text, IReadOnlyList<AnnotatedSpan> spans, ICollection<string> problems, long lineNumber = 0)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(spans);
        ArgumentNullException.ThrowIfNull(problems);
        var before = problems.Count;
        var ordered = spans.Select((span, index) => (Span: span, Number: index + 1)).OrderBy(s => s.Span.Start).ThenBy(s => s.Span.End).ToList();
        foreach (var (span, number) in ordered)
        {
            if (span.Start < 0 || span.End > text.Length || span.Start > span.End)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture,
                    $"span {number} [{span.Start}, {span.End}) is out of range: the text has {text.Length} characters."));
            }
            else if (span.Start == span.End)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"span {number} [{span.Start}, {span.End}) is empty."));
            }
        }

        if (problems.Count > before)
        {
            return null;
        }

        for (var i = 1; i < ordered.Count; i++)
        {
            var (previous, current) = (ordered[i - 1], ordered[i]);
            if (current.Span.Start < previous.Span.End)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture,
                    $"spans {previous.Number} {Describe(text, previous.Span)} and {current.Number} {Describe(text, current.Span)} overlap."));
            }
        }

        var tokenList = new List<TokenInfo>();
        _tokenizer.Tokenize(text, tokenList);
        var spanTokens = new List<(int, int)>(ordered.Count);
        foreach (var (span, number) in ordered)
        {
            var first = TokenSearch.FirstEndingAfter(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokenList), span.Start);
            var end = first;
            while (end < tokenList.Count && tokenList[end].Start < span.End)
            {
                end++;
            }

            if (end == first)
            {
                problems.Add($"span {number} {Describe(text, span)} covers no token (only spaces).");
            }
            else if (tokenList[first].Start != span.Start)
            {
                problems.Add($"span {number} {Describe(text, span)} starts inside the token '{tokenList[first].GetText(text)}'.");
            }
            else if (tokenList[end - 1].End != span.End)
            {
                problems.Add($"span {number} {Describe(text, span)} ends inside the token '{tokenList[end - 1].GetText(text)}'.");
            }

            spanTokens.Add((first, end - first));
        }

        if (problems.Count > before)
        {
            return null;
        }

        var sentenceList = new List<Sentence>();
        _splitter.Split(text, tokenList.ToArray(), sentenceList);
        var sentences = JoinCrossedSentences(sentenceList, spanTokens);
        return new AnnotatedText(
            id, text, [.. ordered.Select(s => s.Span)], [.. tokenList], sentences, [.. spanTokens], lineNumber);
    }

    private AnnotatedText? ReadLine(string line, long lineNumber, List<string> problems)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException exception)
        {
            problems.Add($"not valid JSON: {exception.Message}");
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problems.Add("expected a JSON object {\"text\": ..., \"spans\": [...]}.");
                return null;
            }

            string? id = null;
            if (root.TryGetProperty("id", out var idElement))
            {
                id = idElement.ValueKind switch
                {
                    JsonValueKind.String => idElement.GetString(),
                    JsonValueKind.Number => idElement.GetRawText(),
                    JsonValueKind.Null => null,
                    _ => Problem<string>(problems, "\"id\" must be a string or a number."),
                };
            }

            if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
            {
                problems.Add("\"text\" (a string) is missing.");
                return null;
            }

            var text = textElement.GetString()!;
            if (string.IsNullOrWhiteSpace(text))
            {
                problems.Add("\"text\" is empty.");
                return null;
            }

            var spans = new List<AnnotatedSpan>();
            if (root.TryGetProperty("spans", out var spansElement) && spansElement.ValueKind != JsonValueKind.Null)
            {
                if (spansElement.ValueKind != JsonValueKind.Array)
                {
                    problems.Add("\"spans\" must be an array of {\"start\", \"end\", \"type\"} objects.");
                    return null;
                }

                var number = 0;
                foreach (var element in spansElement.EnumerateArray())
                {
                    number++;
                    if (ReadSpan(element, number, problems) is { } span)
                    {
                        spans.Add(span);
                    }
                }
            }

            return problems.Count > 0 ? null : Annotate(id, text, spans, problems, lineNumber);
        }
    }

    private static AnnotatedSpan? ReadSpan(JsonElement element, int number, List<string> problems)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"span {number} must be an object {{\"start\", \"end\", \"type\"}}.");
            return null;
        }

        var start = ReadOffset(element, "start", number, problems);
        var end = ReadOffset(element, "end", number, problems);
        string? typeName = null;
        if (!element.TryGetProperty("type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String)
        {
            problems.Add($"span {number}: \"type\" (a string) is missing.");
        }
        else
        {
            typeName = typeElement.GetString();
        }

        EntityType type = default;
        if (typeName is not null && !EntityType.TryParse(typeName, out type))
        {
            problems.Add(typeName.Length == 0
                ? $"span {number}: the type name is empty."
                : $"span {number}: '{typeName}' is not a valid entity type name (ASCII letters, digits, '_' or '-', e.g. ORG or TICKER).");
        }

        return start is { } s && end is { } e && !type.IsDefault ? new AnnotatedSpan(s, e, type) : null;
    }

    private static int? ReadOffset(JsonElement element, string name, int number, List<string> problems)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            problems.Add($"span {number}: \"{name}\" is missing.");
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var offset))
        {
            problems.Add($"span {number}: \"{name}\" must be a whole number (a character offset), not {value.GetRawText()}.");
            return null;
        }

        return offset;
    }

    private static T? Problem<T>(List<string> problems, string problem)
        where T : class
    {
        problems.Add(problem);
        return null;
    }

    private static string Describe(string text, AnnotatedSpan span) =>
        string.Create(CultureInfo.InvariantCulture, $"[{span.Start}, {span.End}) '{text[span.Start..span.End]}' ({span.Type})");

    /// <summary>The sentences with every run that an entity crosses joined into one.</summary>
    private static ImmutableArray<Sentence> JoinCrossedSentences(List<Sentence> sentences, List<(int First, int Count)> spans)
    {
        if (sentences.Count < 2 || spans.Count == 0)
        {
            return [.. sentences];
        }

        var sentenceOf = new int[sentences[^1].EndToken];
        for (var s = 0; s < sentences.Count; s++)
        {
            sentenceOf.AsSpan(sentences[s].FirstToken, sentences[s].TokenCount).Fill(s);
        }

        var joinNext = new bool[sentences.Count];
        foreach (var (first, count) in spans)
        {
            for (var s = sentenceOf[first]; s < sentenceOf[first + count - 1]; s++)
            {
                joinNext[s] = true;
            }
        }

        var joined = ImmutableArray.CreateBuilder<Sentence>(sentences.Count);
        var current = sentences[0];
        for (var s = 1; s < sentences.Count; s++)
        {
            if (joinNext[s - 1])
            {
                var next = sentences[s];
                current = new Sentence(current.Start, next.End, current.FirstToken, next.EndToken - current.FirstToken);
            }
            else
            {
                joined.Add(current);
                current = sentences[s];
            }
        }

        joined.Add(current);
        return joined.ToImmutable();
    }

}

/// <summary>The annotated texts read from a JSONL source and the problems of the lines that were left out.</summary>
/// <param name="Texts">The valid records, in source order.</param>
/// <param name="Errors">One entry per problem; a line with any problem is not in <paramref name="Texts"/>.</param>
public sealed record SpanAnnotationReadResult(IReadOnlyList<AnnotatedText> Texts, IReadOnlyList<SpanAnnotationError> Errors);

/// <summary>A problem on one line of a JSONL annotation file.</summary>
/// <param name="Source">The file or source name.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Problem">What is wrong.</param>
public sealed record SpanAnnotationError(string Source, long Line, string Problem)
{
    /// <summary><c>file:line: problem</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Source}:{Line}: {Problem}");
}
