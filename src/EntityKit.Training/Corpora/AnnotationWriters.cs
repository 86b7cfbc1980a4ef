using System.Text.Encodings.Web;
using System.Text.Json;

namespace EntityKit.Corpora;

/// <summary>
/// Writes annotated texts in the user JSONL format read by <see cref="SpanAnnotationReader"/>: one
/// <c>{"id", "text", "spans": [{"start", "end", "type"}]}</c> object per line (no <c>id</c> when the text has none).
/// </summary>
public static class SpanAnnotationWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes one record as one line.</summary>
    /// <param name="output">The destination.</param>
    /// <param name="id">The record's id, or null.</param>
    /// <param name="text">The text.</param>
    /// <param name="spans">Its entities.</param>
    public static void Write(TextWriter output, string? id, string text, IEnumerable<AnnotatedSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(spans);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            if (id is not null)
            {
                json.WriteString("id", id);
            }

            json.WriteString("text", text);
            json.WriteStartArray("spans");
            foreach (var span in spans)
            {
                json.WriteStartObject();
                json.WriteNumber("start", span.Start);
                json.WriteNumber("end", span.End);
                json.WriteString("type", span.Type.Name);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.Write(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        output.Write('\n');
    }

    /// <summary>Writes a BIO document as one record: its natural text (<see cref="BioDetokenizer"/>) and its entities'
    /// character spans; entities whose type is not a valid type name are skipped.</summary>
    /// <param name="output">The destination.</param>
    /// <param name="id">The record's id, or null.</param>
    /// <param name="document">The detokenized document.</param>
    /// <returns>The number of entities written.</returns>
    public static int Write(TextWriter output, string? id, DetokenizedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var spans = new List<AnnotatedSpan>(document.Entities.Length);
        foreach (var entity in document.Entities)
        {
            if (EntityType.TryParse(entity.Type, out var type))
            {
                spans.Add(new AnnotatedSpan(entity.Start, entity.End, type));
            }
        }

        Write(output, id, document.Text, spans);
        return spans.Count;
    }
}

/// <summary>
/// Writes annotated texts as BIO: one <c>TOKEN&lt;TAB&gt;TAG</c> line per token of the analyzer's tokenization, a
/// blank line after each sentence, and a <c>-DOCSTART-</c> line before each text (one document per text).
/// </summary>
public static class BioWriter
{
    /// <summary>Writes one text as one BIO document.</summary>
    /// <param name="output">The destination.</param>
    /// <param name="text">The annotated text.</param>
    public static void Write(TextWriter output, AnnotatedText text)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(text);
        var tags = new string?[text.Tokens.Length];
        for (var i = 0; i < text.Spans.Length; i++)
        {
            var (first, count) = text.SpanTokens[i];
            var name = text.Spans[i].Type.Name;
            tags[first] = "B-" + name;
            for (var t = first + 1; t < first + count; t++)
            {
                tags[t] = "I-" + name;
            }
        }

        output.Write("-DOCSTART-\tO\n\n");
        foreach (var sentence in text.Sentences)
        {
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                output.Write(text.Tokens[t].GetText(text.Text));
                output.Write('\t');
                output.Write(tags[t] ?? "O");
                output.Write('\n');
            }

            output.Write('\n');
        }
    }
}
