using System.Text.Json;

namespace EntityKit.Dictionaries;

/// <summary>
/// Reads dictionary entries from files. CSV (<c>.csv</c>, RFC 4180 quoting) and TSV (<c>.tsv</c>, no quoting) have the
/// columns <c>forms,type,id,metadata</c>: forms separated by <c>|</c>, an entity type name, an optional id, and
/// optional metadata as <c>key=value;key=value</c>. A first line made of column names is a header and sets the
/// columns' order (<c>text\ttype\tid</c>, <c>name,label,kb_id</c>: see <see cref="DictionaryColumns"/>); blank lines
/// and lines starting with <c>#</c> are skipped; any other line that is not a valid entry is an error naming its line. JSONL (<c>.jsonl</c>) has one object per line:
/// <c>{"type":"ORG","forms":["Apple Inc.","Apple"],"id":"Q312","metadata":{"ticker":"AAPL"}}</c>.
/// </summary>
public static class DictionaryFileReader
{
    /// <summary>Reads a file, choosing the format by its extension.</summary>
    /// <param name="path">A <c>.csv</c>, <c>.tsv</c> or <c>.jsonl</c> file.</param>
    /// <exception cref="CustomizationFileException">The file is malformed or its extension unknown.</exception>
    public static IReadOnlyList<DictionaryEntry> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".csv" or ".tsv" or ".jsonl"))
        {
            throw new CustomizationFileException(path, 0, "a dictionary file must be .csv, .tsv or .jsonl.");
        }

        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        return extension switch
        {
            ".jsonl" => ReadJsonl(reader, path),
            ".tsv" => ReadDelimited(reader, path, '\t'),
            _ => ReadDelimited(reader, path, ','),
        };
    }

    /// <summary>Reads CSV (<paramref name="separator"/> ',') or TSV ('\t') entries.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="sourceName">The name used in error messages.</param>
    /// <param name="separator">',' (with RFC 4180 quoting) or '\t' (no quoting).</param>
    /// <exception cref="CustomizationFileException">A line is malformed.</exception>
    public static IReadOnlyList<DictionaryEntry> ReadDelimited(TextReader reader, string sourceName, char separator)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var entries = new List<DictionaryEntry>();
        var fields = new List<string>(4);
        var columns = DictionaryColumns.Default;
        var seenFirstLine = false;
        long lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#'))
            {
                continue;
            }

            SplitFields(line, separator, fields, sourceName, lineNumber);
            if (!seenFirstLine)
            {
                seenFirstLine = true;
                if (DictionaryColumns.TryReadHeader(fields, sourceName, lineNumber, out columns))
                {
                    continue;
                }
            }

            if (fields.Count < columns.Required || fields.Count > columns.Count)
            {
                throw new CustomizationFileException(
                    sourceName, lineNumber, $"expected {columns.Required} to {columns.Count} columns, found {fields.Count}.");
            }

            var forms = fields[columns.Forms].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var id = Field(fields, columns.Id) is { Length: > 0 } idField ? idField : null;
            var metadata = columns.Metadata >= 0 && columns.Metadata < fields.Count ? ParseMetadata(fields[columns.Metadata], sourceName, lineNumber) : null;
            entries.Add(CreateEntry(forms, fields[columns.Type].Trim(), id, metadata, sourceName, lineNumber));
        }

        return entries;
    }

    /// <summary>Reads JSONL entries.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="sourceName">The name used in error messages.</param>
    /// <exception cref="CustomizationFileException">A line is malformed.</exception>
    public static IReadOnlyList<DictionaryEntry> ReadJsonl(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var entries = new List<DictionaryEntry>();
        JsonLines.ForEachObject(reader, sourceName, (root, lineNumber) => entries.Add(ReadJsonEntry(root, sourceName, lineNumber)));
        return entries;
    }

    private static DictionaryEntry ReadJsonEntry(JsonElement root, string sourceName, long lineNumber)
    {
        if (!root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
        {
            throw new CustomizationFileException(sourceName, lineNumber, "\"type\" is missing or not a string.");
        }

        if (!root.TryGetProperty("forms", out var formsElement) || formsElement.ValueKind != JsonValueKind.Array)
        {
            throw new CustomizationFileException(sourceName, lineNumber, "\"forms\" is missing or not an array of strings.");
        }

        var forms = new List<string>();
        foreach (var form in formsElement.EnumerateArray())
        {
            if (form.ValueKind != JsonValueKind.String)
            {
                throw new CustomizationFileException(sourceName, lineNumber, "\"forms\" must hold only strings.");
            }

            forms.Add(form.GetString()!);
        }

        string? id = null;
        if (root.TryGetProperty("id", out var idElement) && idElement.ValueKind != JsonValueKind.Null)
        {
            id = idElement.ValueKind == JsonValueKind.String
                ? idElement.GetString()
                : throw new CustomizationFileException(sourceName, lineNumber, "\"id\" must be a string.");
        }

        Dictionary<string, string>? metadata = null;
        if (root.TryGetProperty("metadata", out var metadataElement) && metadataElement.ValueKind != JsonValueKind.Null)
        {
            if (metadataElement.ValueKind != JsonValueKind.Object)
            {
                throw new CustomizationFileException(sourceName, lineNumber, "\"metadata\" must be an object.");
            }

            metadata = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var property in metadataElement.EnumerateObject())
            {
                metadata[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
            }
        }

        return CreateEntry(forms, type.GetString()!, id, metadata, sourceName, lineNumber);
    }

    private static string? Field(List<string> fields, int index) =>
        index >= 0 && index < fields.Count ? fields[index].Trim() : null;

    private static DictionaryEntry CreateEntry(IReadOnlyList<string> forms, string typeName, string? id, Dictionary<string, string>? metadata, string sourceName, long lineNumber)
    {
        if (forms.Count == 0 || forms.Any(string.IsNullOrWhiteSpace))
        {
            throw new CustomizationFileException(sourceName, lineNumber, "an entry needs at least one non-blank surface form.");
        }

        if (!EntityType.TryParse(typeName, out var type))
        {
            throw new CustomizationFileException(sourceName, lineNumber, $"'{typeName}' is not a valid entity type name (ASCII letters, digits, '_' or '-', e.g. ORG or TICKER).");
        }

        return new DictionaryEntry(forms, type, id, metadata);
    }

    private static Dictionary<string, string>? ParseMetadata(string field, string sourceName, long lineNumber)
    {
        if (string.IsNullOrWhiteSpace(field))
        {
            return null;
        }

        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in field.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=');
            if (equals <= 0)
            {
                throw new CustomizationFileException(sourceName, lineNumber, $"metadata '{pair}' is not key=value.");
            }

            metadata[pair[..equals].Trim()] = pair[(equals + 1)..].Trim();
        }

        return metadata;
    }

    private static void SplitFields(string line, char separator, List<string> fields, string sourceName, long lineNumber)
    {
        fields.Clear();
        if (separator != ',')
        {
            fields.AddRange(line.Split(separator));
            return;
        }

        var field = new System.Text.StringBuilder();
        var i = 0;
        while (true)
        {
            field.Clear();
            if (i < line.Length && line[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= line.Length)
                    {
                        throw new CustomizationFileException(sourceName, lineNumber, "a quoted field is not closed (fields cannot span lines).");
                    }

                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(line[i++]);
                }

                if (i < line.Length && line[i] != ',')
                {
                    throw new CustomizationFileException(sourceName, lineNumber, $"unexpected '{line[i]}' after a quoted field.");
                }
            }
            else
            {
                while (i < line.Length && line[i] != ',')
                {
                    field.Append(line[i++]);
                }
            }

            fields.Add(field.ToString());
            if (i >= line.Length)
            {
                return;
            }

            i++;
        }
    }
}
