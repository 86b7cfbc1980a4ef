using System.Text.Json;

namespace EntityKit.Dictionaries;

/// <summary>Reads a JSON Lines file one object at a time, turning errors into <see cref="CustomizationFileException"/> with the line.</summary>
internal static class JsonLines
{
    /// <summary>Calls <paramref name="read"/> for each non-blank, non-comment (<c>//</c>) line's JSON object.</summary>
    public static void ForEachObject(TextReader reader, string sourceName, Action<JsonElement, long> read)
    {
        long lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var trimmed = line.AsSpan().Trim();
            if (trimmed.IsEmpty || trimmed.StartsWith("//"))
            {
                continue;
            }

            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(line);
            }
            catch (JsonException exception)
            {
                throw new CustomizationFileException(sourceName, lineNumber, $"not valid JSON: {exception.Message}", exception);
            }

            using (document)
            {
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    throw new CustomizationFileException(sourceName, lineNumber, "expected a JSON object.");
                }

                read(document.RootElement, lineNumber);
            }
        }
    }

    /// <summary>A string property, or null when absent; throws when present but not a string.</summary>
    public static string? GetString(JsonElement element, string name, string sourceName, long lineNumber)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new CustomizationFileException(sourceName, lineNumber, $"\"{name}\" must be a string.");
    }

    /// <summary>An entity type property; throws when absent (if required) or invalid.</summary>
    public static EntityType? GetEntityType(JsonElement element, string name, string sourceName, long lineNumber, bool required)
    {
        var value = GetString(element, name, sourceName, lineNumber);
        if (value is null)
        {
            return required ? throw new CustomizationFileException(sourceName, lineNumber, $"\"{name}\" (an entity type) is missing.") : null;
        }

        return EntityType.TryParse(value, out var type)
            ? type
            : throw new CustomizationFileException(sourceName, lineNumber, $"'{value}' is not a valid entity type name (ASCII letters, digits, '_' or '-', e.g. ORG or TICKER).");
    }

    /// <summary>A boolean property, false when absent.</summary>
    public static bool GetBoolean(JsonElement element, string name, string sourceName, long lineNumber)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return false;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new CustomizationFileException(sourceName, lineNumber, $"\"{name}\" must be true or false."),
        };
    }
}
