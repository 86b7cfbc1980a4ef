using EntityKit.Tests.Articles;

namespace EntityKit.Tests.Languages;

/// <summary>The language samples written for these tests (tests/EntityKit.Tests/Fixtures/Languages).</summary>
internal static class LanguageSamples
{
    /// <summary>Ordinary English news text: ledes, headlines, datelines, list items.</summary>
    public static TheoryData<string> English()
    {
        var data = new TheoryData<string>();
        foreach (var line in Lines("english.txt"))
        {
            data.Add(line);
        }

        return data;
    }

    /// <summary>News-like text in other languages, with its ISO 639-1 code.</summary>
    public static TheoryData<string, string> Foreign()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in Lines("foreign.tsv"))
        {
            var tab = line.IndexOf('\t');
            data.Add(line[..tab], line[(tab + 1)..]);
        }

        return data;
    }

    private static IEnumerable<string> Lines(string fileName) =>
        File.ReadLines(Path.Combine(SeedArticle.RepositoryRoot.Value, "tests", "EntityKit.Tests", "Fixtures", "Languages", fileName))
            .Where(line => line.Length > 0 && !line.StartsWith('#'));
}
