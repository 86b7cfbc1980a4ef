using System.Text.Json;
using EntityKit.Recognition;

namespace EntityKit.Models.English.Accurate;

/// <summary>
/// The parts of <c>tagger.json</c> serving needs: the word-piece budget the tagger was trained with and, when the
/// model was tuned with the perceptron, the combination's weight and temperature
/// (<c>"combination": {"perceptron_weight": W, "temperature": T}</c>, written by <c>ekencoder.package</c>), and, for a
/// tagger stacked on the perceptron, its linear layer over the perceptron's max-marginals
/// (<c>"stacking": {"unit", "floor", "weight": [[…]], "bias": […]}</c>, written by <c>ekencoder.export_onnx</c>), and
/// whether consecutive sentences share the encoder's windows (<c>"pack": true</c>: the tagger was trained so,
/// <c>train.py --pack</c>; absent or false: one sentence a window).
/// </summary>
internal sealed record TaggerSettings(
    int MaxPieces, float? PerceptronWeight, float Temperature, StackingSettings? Stacking = null, bool PackSentences = false)
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

            var stacking = StackingSettings.Read(root, name);
            var pack = ReadPack(root, name);
            if (!root.TryGetProperty("combination", out var combination) || combination.ValueKind == JsonValueKind.Null)
            {
                return new TaggerSettings(maxPieces, null, 1f, stacking, pack);
            }

            return new TaggerSettings(
                maxPieces,
                PositiveNumber(combination, "perceptron_weight", name),
                combination.TryGetProperty("temperature", out _) ? PositiveNumber(combination, "temperature", name) : 1f,
                stacking,
                pack);
        }
        catch (JsonException exception)
        {
            throw new ModelFormatException($"'{name}': not valid JSON ({exception.Message}).", exception);
        }
    }

    private static bool ReadPack(JsonElement root, string name)
    {
        if (!root.TryGetProperty("pack", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return false;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new ModelFormatException($"'{name}': \"pack\" must be true or false, not {value.GetRawText()}."),
        };
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

/// <summary>
/// The stacked tagger's layer over the perceptron's max-marginals: logits += weight · (max(s, floor) / unit) + bias
/// (<see cref="PerceptronStackedScorer"/>).
/// </summary>
internal sealed record StackingSettings(float[] Weight, float[] Bias, float Unit, float Floor)
{
    public static StackingSettings? Read(JsonElement root, string name)
    {
        if (!root.TryGetProperty("stacking", out var stacking) || stacking.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (stacking.ValueKind != JsonValueKind.Object
            || !stacking.TryGetProperty("unit", out var unit) || !TryNumber(unit, out var unitValue) || !(unitValue > 0)
            || !stacking.TryGetProperty("floor", out var floor) || !TryNumber(floor, out var floorValue) || !(floorValue < 0)
            || !stacking.TryGetProperty("weight", out var weight) || weight.ValueKind != JsonValueKind.Array
            || !stacking.TryGetProperty("bias", out var bias) || bias.ValueKind != JsonValueKind.Array)
        {
            throw new ModelFormatException($"'{name}': \"stacking\" needs a positive \"unit\", a negative \"floor\", a \"weight\" matrix and a \"bias\" vector.");
        }

        var biases = Numbers(bias, name, "bias");
        var rows = weight.EnumerateArray().Select(row => row.ValueKind == JsonValueKind.Array ? Numbers(row, name, "weight") : []).ToList();
        if (rows.Count != biases.Length || rows.Any(r => r.Length != biases.Length))
        {
            throw new ModelFormatException($"'{name}': \"stacking\" \"weight\" must be {biases.Length} × {biases.Length}, as many as \"bias\".");
        }

        return new StackingSettings([.. rows.SelectMany(r => r)], biases, unitValue, floorValue);
    }

    private static bool TryNumber(JsonElement element, out float value)
    {
        value = 0;
        return element.ValueKind == JsonValueKind.Number && element.TryGetSingle(out value) && float.IsFinite(value);
    }

    private static float[] Numbers(JsonElement array, string name, string property) =>
        [.. array.EnumerateArray().Select(e => TryNumber(e, out var value)
            ? value
            : throw new ModelFormatException($"'{name}': \"stacking\" \"{property}\" holds {e.GetRawText()}, not a number."))];
}
