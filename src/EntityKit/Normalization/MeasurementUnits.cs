using System.Collections.Frozen;

namespace EntityKit.Normalization;

/// <summary>Unit words and abbreviations of QUANTITY mentions mapped to one canonical symbol each.</summary>
internal static class MeasurementUnits
{
    private static readonly FrozenDictionary<string, string> Single = new Dictionary<string, string>
    {
        ["km"] = "km", ["kilometre"] = "km", ["kilometres"] = "km", ["kilometer"] = "km", ["kilometers"] = "km", ["kms"] = "km",
        ["m"] = "m", ["metre"] = "m", ["metres"] = "m", ["meter"] = "m", ["meters"] = "m",
        ["cm"] = "cm", ["centimetre"] = "cm", ["centimetres"] = "cm", ["centimeter"] = "cm", ["centimeters"] = "cm",
        ["mm"] = "mm", ["millimetre"] = "mm", ["millimetres"] = "mm", ["millimeter"] = "mm", ["millimeters"] = "mm",
        ["mile"] = "mi", ["miles"] = "mi", ["mi"] = "mi", ["yard"] = "yd", ["yards"] = "yd", ["yd"] = "yd",
        ["foot"] = "ft", ["feet"] = "ft", ["ft"] = "ft", ["inch"] = "in", ["inches"] = "in",
        ["kg"] = "kg", ["kilogram"] = "kg", ["kilograms"] = "kg", ["kilogramme"] = "kg", ["kilogrammes"] = "kg", ["kilo"] = "kg", ["kilos"] = "kg",
        ["g"] = "g", ["gram"] = "g", ["grams"] = "g", ["gramme"] = "g", ["grammes"] = "g", ["mg"] = "mg", ["milligrams"] = "mg",
        ["lb"] = "lb", ["lbs"] = "lb", ["pound"] = "lb", ["pounds"] = "lb", ["ounce"] = "oz", ["ounces"] = "oz", ["oz"] = "oz",
        ["stone"] = "st", ["tonne"] = "t", ["tonnes"] = "t", ["ton"] = "t", ["tons"] = "t", ["t"] = "t",
        ["acre"] = "acre", ["acres"] = "acre", ["hectare"] = "ha", ["hectares"] = "ha", ["ha"] = "ha",
        ["litre"] = "L", ["litres"] = "L", ["liter"] = "L", ["liters"] = "L", ["l"] = "L", ["ml"] = "mL", ["millilitres"] = "mL",
        ["gallon"] = "gal", ["gallons"] = "gal", ["barrel"] = "bbl", ["barrels"] = "bbl", ["bbl"] = "bbl",
        ["mph"] = "mph", ["kph"] = "km/h", ["kmh"] = "km/h", ["knots"] = "kn", ["knot"] = "kn",
        ["degree"] = "deg", ["degrees"] = "deg", ["celsius"] = "°C", ["centigrade"] = "°C", ["fahrenheit"] = "°F",
        ["c"] = "°C", ["f"] = "°F",
        ["mw"] = "MW", ["megawatts"] = "MW", ["gw"] = "GW", ["gigawatts"] = "GW", ["kw"] = "kW", ["kwh"] = "kWh",
        ["mb"] = "MB", ["gb"] = "GB", ["tb"] = "TB", ["megabytes"] = "MB", ["gigabytes"] = "GB",
        ["calories"] = "kcal", ["kcal"] = "kcal",
    }.ToFrozenDictionary();

    /// <summary>The canonical unit of the words from <paramref name="start"/> on ("square miles" is "sq mi",
    /// "km/h"), or the words as written when the unit is unknown; null when there are no words.</summary>
    public static string? Read(IReadOnlyList<ValueToken> tokens, int start)
    {
        var words = new List<string>();
        for (var i = start; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind == ValueTokenKind.Word)
            {
                words.Add(token.Text);
            }
            else if (token.IsSymbol("/") || token.IsSymbol("°"))
            {
                words.Add(token.Text);
            }
            else if (words.Count > 0)
            {
                break;
            }
        }

        if (words.Count == 0)
        {
            return null;
        }

        if (words[0] is "square" or "sq" && words.Count > 1 && Single.TryGetValue(words[1], out var area))
        {
            return "sq " + area;
        }

        if (words[0] is "cubic" && words.Count > 1 && Single.TryGetValue(words[1], out var volume))
        {
            return "cu " + volume;
        }

        if (words.Count >= 3 && words[1] is "/" or "per" && Single.TryGetValue(words[0], out var numerator))
        {
            var denominator = words[2] switch
            {
                "h" or "hr" or "hour" => "h",
                "s" or "sec" or "second" => "s",
                _ => Single.GetValueOrDefault(words[2], words[2]),
            };
            return numerator + "/" + denominator;
        }

        if (words[0] == "°" && words.Count > 1 && Single.TryGetValue(words[1], out var temperature))
        {
            return temperature;
        }

        if (words[0] == "°")
        {
            return "deg";
        }

        return Single.TryGetValue(words[0], out var unit) ? unit : string.Join(' ', words);
    }
}
