using System.Security.Cryptography;
using System.Text.Json;
using EntityKit.Recognition;

namespace EntityKit.Models.English.Accurate;

/// <summary>
/// The embedded model's manifest (<c>Resources/Model/manifest.json</c>): the size and SHA-256 of <c>model.onnx</c>, so
/// that a damaged package fails with a clear error instead of labelling with corrupt weights.
/// </summary>
internal sealed record EmbeddedModelManifest(long ModelBytes, string ModelSha256)
{
    public static EmbeddedModelManifest Read(Stream stream)
    {
        using (stream)
        {
            try
            {
                using var document = JsonDocument.Parse(stream);
                var root = document.RootElement;
                if (root.ValueKind == JsonValueKind.Object
                    && root.TryGetProperty("model_bytes", out var bytes) && bytes.TryGetInt64(out var modelBytes)
                    && root.TryGetProperty("model_sha256", out var hash) && hash.ValueKind == JsonValueKind.String)
                {
                    return new EmbeddedModelManifest(modelBytes, hash.GetString()!);
                }
            }
            catch (JsonException exception)
            {
                throw new ModelFormatException($"The embedded accurate model's manifest is not valid JSON ({exception.Message}).", exception);
            }

            throw new ModelFormatException("The embedded accurate model's manifest has no \"model_bytes\" and \"model_sha256\".");
        }
    }

    /// <summary>Throws <see cref="ModelFormatException"/> unless <paramref name="model"/> is the file the manifest describes.</summary>
    public void Check(ReadOnlySpan<byte> model, string name)
    {
        if (model.Length != ModelBytes)
        {
            throw new ModelFormatException($"'{name}' has {model.Length:N0} bytes; its manifest says {ModelBytes:N0}: the package is damaged.");
        }

        var actual = Convert.ToHexStringLower(SHA256.HashData(model));
        if (!actual.Equals(ModelSha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new ModelFormatException($"'{name}' has SHA-256 {actual}; its manifest says {ModelSha256}: the package is damaged.");
        }
    }
}
