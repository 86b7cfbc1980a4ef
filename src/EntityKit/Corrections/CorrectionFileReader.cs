using System.Text.Json;
using EntityKit.Dictionaries;

namespace EntityKit.Corrections;

/// <summary>
/// Reads a correction file: JSON Lines, one rule per line, applied in file order:
/// <c>{"always":"Apple"|["Apple","Apple Inc."],"type":"ORG","ignoreCase":false}</c>,
/// <c>{"never":"Apple","type":"PERSON"}</c> (type optional), <c>{"drop":"CARDINAL"}</c>,
/// <c>{"rename":"NORP","to":"GROUP"}</c>. Blank lines and lines starting with <c>//</c> are skipped.
/// </summary>
internal static class CorrectionFileReader
{
    public static CorrectionSet Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        return Read(reader, path);
    }

    public static CorrectionSet Read(TextReader reader, string sourceName)
    {
        var builder = CorrectionSet.CreateBuilder();
        JsonLines.ForEachObject(reader, sourceName, (rule, line) => AddRule(builder, rule, sourceName, line));
        return builder.Build();
    }

    private static void AddRule(CorrectionSetBuilder builder, JsonElement rule, string sourceName, long line)
    {
        var ignoreCase = JsonLines.GetBoolean(rule, "ignoreCase", sourceName, line);
        if (rule.TryGetProperty("always", out var always))
        {
            var forms = always.ValueKind switch
            {
                JsonValueKind.String => [always.GetString()!],
                JsonValueKind.Array when always.EnumerateArray().All(f => f.ValueKind == JsonValueKind.String) =>
                    always.EnumerateArray().Select(f => f.GetString()!).ToArray(),
                _ => throw new CustomizationFileException(sourceName, line, "\"always\" must be a string or an array of strings."),
            };
            if (forms.Length == 0 || forms.Any(string.IsNullOrWhiteSpace))
            {
                throw new CustomizationFileException(sourceName, line, "\"always\" needs non-blank surface forms.");
            }

            var type = JsonLines.GetEntityType(rule, "type", sourceName, line, required: true)!.Value;
            builder.Always(forms, type, new DictionaryMatchOptions { IgnoreCase = ignoreCase });
        }
        else if (JsonLines.GetString(rule, "never", sourceName, line) is { } never)
        {
            if (string.IsNullOrWhiteSpace(never))
            {
                throw new CustomizationFileException(sourceName, line, "\"never\" needs a non-blank surface form.");
            }

            builder.Never(never, JsonLines.GetEntityType(rule, "type", sourceName, line, required: false), ignoreCase);
        }
        else if (rule.TryGetProperty("drop", out _))
        {
            builder.Drop(JsonLines.GetEntityType(rule, "drop", sourceName, line, required: true)!.Value);
        }
        else if (rule.TryGetProperty("rename", out _))
        {
            var from = JsonLines.GetEntityType(rule, "rename", sourceName, line, required: true)!.Value;
            var to = JsonLines.GetEntityType(rule, "to", sourceName, line, required: true)!.Value;
            builder.Rename(from, to);
        }
        else
        {
            throw new CustomizationFileException(sourceName, line, "a rule needs one of \"always\", \"never\", \"drop\" or \"rename\".");
        }
    }
}
