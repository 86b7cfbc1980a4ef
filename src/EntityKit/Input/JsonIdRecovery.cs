using System.Text.Json;

namespace EntityKit.Input;

/// <summary>
/// Finds the top-level string <c>id</c> of a JSON object that is otherwise broken (truncated, a stray byte after the
/// id), so that an error record can still carry the article's own id.
/// </summary>
internal static class JsonIdRecovery
{
    public static string? TryRecoverId(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == 0)
                {
                    return null;
                }

                if (reader.TokenType != JsonTokenType.PropertyName || reader.CurrentDepth != 1)
                {
                    continue;
                }

                var isId = reader.ValueTextEquals("id"u8);
                if (!reader.Read())
                {
                    return null;
                }

                if (isId)
                {
                    return reader.TokenType == JsonTokenType.String && reader.GetString() is { Length: > 0 } id ? id : null;
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // The object breaks before an id was found.
        }
        catch (InvalidOperationException)
        {
            // A string value that cannot be transcoded (invalid UTF-8 inside it).
        }

        return null;
    }
}
