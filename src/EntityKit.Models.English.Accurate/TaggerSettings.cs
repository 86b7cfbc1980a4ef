using System.Text.Json;
using EntityKit.Recognition;

namespace EntityKit.Models.English.Accurate;

/// <summary>
/// The parts of <c>tagger.json</c> serving needs: the word-piece budget the tagger was trained with and, when the
/// model was tuned with the perceptron, the combination's weight and temperature
/// (<c>"combination": {"perceptron_weight": W, "temperature": T}</c>, written by <c>ekencoder.export_onnx</c>).
/// </summary>
internal sealed record TaggerSettings(int MaxPieces, float? PerceptronWeight, float Temperature)
{
    public static TaggerSettings Read(Stream stream, string name)
    {
        try
        {
            using var settings = JsonDocument.Parse(stream);
            var root = settings.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("max_pieces", out var value)
                || !value.TryGetInt32(out var maxPieces))
            {
                throw new ModelFormatException($"'{name}': no integer \"max_pieces\" (the word-piece budget the tagger was trained with).");
            }

            if (maxPieces is < 3 or > 4096)
            {
                throw new ModelFormatException($"'{name}': \"max_pieces\" is {maxPieces}; it must be between 3 and 4096.");
            }

            if (!root.TryGetProperty("combination", out var combination) || combination.ValueKind == JsonValueKind.Null)
            {
                return new TaggerSettings(maxPieces, null, 1f);
            }

            return new TaggerSettings(
                maxPieces,
                PositiveNumber(combination, "perceptron_weight", name),
                combination.TryGetProperty("temperature", out _) ? PositiveNumber(combination, "temperature", name) : 1f);
        }
        catch (JsonException exception)
        {
            throw new ModelFormatException($"'{name}': not valid JSON ({exception.Message}).", exception);
        }
    }

    private static float PositiveNumber(JsonElement combination, string property, string name)
    {
        if (combination.ValueKind != JsonValueKind.Object
            || !combination.TryGetProperty(property, out var value)
            || value.ValueKind != JsonValueKind.Number
            || !value.TryGetSingle(out var number)
            || !(number > 0)
            || float.IsInfinity(number))
        {
            throw new ModelFormatException($"'{name}': \"combination\" needs a positive number \"{property}\".");
        }

        return number;
    }
}
