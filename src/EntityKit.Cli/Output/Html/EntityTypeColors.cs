using System.Globalization;

namespace EntityKit.Cli.Output.Html;

/// <summary>
/// The highlight colour of each entity type: a fixed pastel for each of the 18 OntoNotes types (names warm, places
/// green, organisations blue, numbers muted), and for any other type a stable colour derived from its name, so that
/// custom dictionary types are told apart too.
/// </summary>
internal static class EntityTypeColors
{
    private static readonly Dictionary<string, string> Known = new(StringComparer.Ordinal)
    {
        ["PERSON"] = "#ffd6a5",
        ["NORP"] = "#ffc6ff",
        ["FAC"] = "#bdb2ff",
        ["ORG"] = "#a0c4ff",
        ["GPE"] = "#b9fbc0",
        ["LOC"] = "#98f5e1",
        ["PRODUCT"] = "#fdffb6",
        ["EVENT"] = "#ffadad",
        ["WORK_OF_ART"] = "#e4c1f9",
        ["LAW"] = "#cfbaf0",
        ["LANGUAGE"] = "#f1c0e8",
        ["DATE"] = "#dde5ff",
        ["TIME"] = "#d3e4e0",
        ["PERCENT"] = "#f1e3d3",
        ["MONEY"] = "#d8f3dc",
        ["QUANTITY"] = "#e8e4d8",
        ["ORDINAL"] = "#eae4e9",
        ["CARDINAL"] = "#fde2e4",
    };

    /// <summary>The CSS colour of a type.</summary>
    public static string Of(EntityType type) =>
        Known.TryGetValue(type.Name, out var colour) ? colour : Derived(type.Name);

    /// <summary>A light colour whose hue comes from a stable (FNV-1a) hash of the name.</summary>
    private static string Derived(string name)
    {
        var hash = 2166136261u;
        foreach (var c in name)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return string.Create(CultureInfo.InvariantCulture, $"hsl({hash % 360} 70% 85%)");
    }
}
