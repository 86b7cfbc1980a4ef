using System.Collections.Immutable;
using System.Text.Json;
using EntityKit.Recognition;

namespace EntityKit.Models.English;

/// <summary>What the embedded model is: its version, the types it recognizes, its size and SHA-256.</summary>
/// <param name="Version">The model's version, for example <c>2026.11.24</c>.</param>
/// <param name="Types">The entity types, in label order.</param>
/// <param name="Bytes">Size of the model file in bytes.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the model file.</param>
/// <param name="Description">How it was trained.</param>
public sealed record EnglishModelManifest(string Version, ImmutableArray<string> Types, long Bytes, string Sha256, string Description)
{
    /// <summary>Parses the manifest JSON.</summary>
    /// <param name="json">UTF-8 JSON.</param>
    /// <exception cref="ModelFormatException">The manifest is malformed.</exception>
    public static EnglishModelManifest Parse(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json);
            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            return new EnglishModelManifest(
                root.GetProperty("version").GetString() ?? throw new ModelFormatException("The model manifest has no version."),
                [.. root.GetProperty("types").EnumerateArray().Select(t => t.GetString() ?? string.Empty)],
                root.GetProperty("bytes").GetInt64(),
                root.GetProperty("sha256").GetString() ?? throw new ModelFormatException("The model manifest has no sha256."),
                root.TryGetProperty("description", out var d) ? d.GetString() ?? string.Empty : string.Empty);
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new ModelFormatException($"The model manifest is malformed: {exception.Message}", exception);
        }
    }

    /// <summary>Writes the manifest as indented JSON.</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("version", Version);
            writer.WriteStartArray("types");
            foreach (var type in Types)
            {
                writer.WriteStringValue(type);
            }

            writer.WriteEndArray();
            writer.WriteNumber("bytes", Bytes);
            writer.WriteString("sha256", Sha256);
            writer.WriteString("description", Description);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
