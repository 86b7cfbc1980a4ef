using System.Text.Json;
using EntityKit.Dictionaries;

namespace EntityKit.Patterns;

/// <summary>
/// Reads a pattern file: JSON Lines, one pattern per line,
/// <c>{"name":"cashtag","type":"TICKER","tokens":[{"text":"$"},{"regex":"[A-Z]{1,5}","spaceBefore":false}]}</c>.
/// A token object combines tests (all must hold): <c>text</c>, <c>lower</c> (ignoring case), <c>shape</c>,
/// <c>regex</c>, <c>kind</c> (a <see cref="TokenKind"/> name), <c>entity</c> (a type of an earlier layer's mention),
/// <c>spaceBefore</c>; <c>{}</c> is any token; <c>"op"</c> is <c>?</c>, <c>+</c> or <c>*</c>; <c>"context":true</c>
/// marks a leading or trailing token that must match but is not part of the mention.
/// Blank lines and lines starting with <c>//</c> are skipped.
/// </summary>
internal static class TokenPatternFileReader
{
    public static IReadOnlyList<TokenPattern> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        return Read(reader, path);
    }

    public static IReadOnlyList<TokenPattern> Read(TextReader reader, string sourceName)
    {
        var patterns = new List<TokenPattern>();
        JsonLines.ForEachObject(reader, sourceName, (element, line) => patterns.Add(ReadPattern(element, sourceName, line)));
        return patterns;
    }

    private static TokenPattern ReadPattern(JsonElement element, string sourceName, long line)
    {
        var type = JsonLines.GetEntityType(element, "type", sourceName, line, required: true)!.Value;
        var name = JsonLines.GetString(element, "name", sourceName, line) ?? $"{Path.GetFileName(sourceName)}:{line}";
        if (!element.TryGetProperty("tokens", out var tokens) || tokens.ValueKind != JsonValueKind.Array || tokens.GetArrayLength() == 0)
        {
            throw new CustomizationFileException(sourceName, line, "\"tokens\" must be a non-empty array of token objects.");
        }

        try
        {
            var builder = TokenPattern.Create(name, type);
            foreach (var token in tokens.EnumerateArray())
            {
                if (token.ValueKind != JsonValueKind.Object)
                {
                    throw new CustomizationFileException(sourceName, line, "each item of \"tokens\" must be an object.");
                }

                builder.Add(ReadPredicate(token, sourceName, line), ReadQuantifier(token, sourceName, line),
                    JsonLines.GetBoolean(token, "context", sourceName, line));
            }

            return builder.Build();
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
        {
            throw new CustomizationFileException(sourceName, line, exception.Message, exception);
        }
    }

    private static TokenPredicate ReadPredicate(JsonElement token, string sourceName, long line)
    {
        var tests = new List<TokenPredicate>();
        foreach (var property in token.EnumerateObject())
        {
            switch (property.Name)
            {
                case "op" or "context":
                    continue;
                case "spaceBefore":
                    tests.Add(TokenPredicate.SpaceBefore(JsonLines.GetBoolean(token, "spaceBefore", sourceName, line)));
                    continue;
                case "entity":
                    tests.Add(TokenPredicate.InMention(JsonLines.GetEntityType(token, "entity", sourceName, line, required: true)!.Value));
                    continue;
            }

            var value = JsonLines.GetString(token, property.Name, sourceName, line)
                ?? throw new CustomizationFileException(sourceName, line, $"\"{property.Name}\" needs a value.");
            tests.Add(property.Name switch
            {
                "text" => TokenPredicate.Text(value),
                "lower" => TokenPredicate.TextIgnoreCase(value),
                "shape" => TokenPredicate.Shape(value),
                "regex" => TokenPredicate.Regex(value),
                "kind" => Enum.TryParse<TokenKind>(value, ignoreCase: true, out var kind) && Enum.IsDefined(kind)
                    ? TokenPredicate.Kind(kind)
                    : throw new CustomizationFileException(sourceName, line, $"'{value}' is not a token kind ({string.Join(", ", Enum.GetNames<TokenKind>())})."),
                _ => throw new CustomizationFileException(sourceName, line, $"unknown token test \"{property.Name}\" (use text, lower, shape, regex, kind, entity, spaceBefore, op, context)."),
            });
        }

        return tests.Count switch
        {
            0 => TokenPredicate.Any,
            1 => tests[0],
            _ => TokenPredicate.All([.. tests]),
        };
    }

    private static TokenQuantifier ReadQuantifier(JsonElement token, string sourceName, long line) =>
        JsonLines.GetString(token, "op", sourceName, line) switch
        {
            null => TokenQuantifier.One,
            "?" => TokenQuantifier.Optional,
            "+" => TokenQuantifier.OneOrMore,
            "*" => TokenQuantifier.ZeroOrMore,
            var op => throw new CustomizationFileException(sourceName, line, $"\"op\" must be ?, + or *, not '{op}'."),
        };
}
