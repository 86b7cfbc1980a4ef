using System.Text.Json;
using EntityKit.Lexicon;

namespace EntityKit.Training.Lexicon.Sources;

/// <summary>
/// Reads the JSON written by <c>tools/lexicon-sources/dump-faker-names.cjs</c> from <c>@faker-js/faker</c> (MIT):
/// English first names, last names and company legal-entity types.
/// </summary>
public static class FakerNamesReader
{
    /// <summary>The first names, surnames and company suffixes.</summary>
    /// <param name="path">The dumped JSON file.</param>
    public static IEnumerable<GazetteerEntry> Read(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = document.RootElement;
        foreach (var (property, category) in new[]
                 {
                     ("firstNames", GazetteerCategories.FirstName),
                     ("lastNames", GazetteerCategories.Surname),
                     ("legalEntityTypes", GazetteerCategories.CompanySuffix),
                 })
        {
            foreach (var item in root.GetProperty(property).EnumerateArray())
            {
                yield return new GazetteerEntry(item.GetString()!, category);
            }
        }
    }
}
