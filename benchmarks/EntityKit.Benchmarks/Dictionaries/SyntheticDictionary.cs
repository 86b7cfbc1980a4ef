using System.Diagnostics;
using EntityKit.Dictionaries;

namespace EntityKit.Benchmarks.Dictionaries;

/// <summary>
/// Deterministic synthetic dictionaries: invented names of 1 to 4 tokens built from syllables (some starting with
/// common words such as "The" or "New", so the trie walks often), plus a few entities that do occur in
/// <see cref="Text.NewsText"/> so that matches happen.
/// </summary>
public static class SyntheticDictionary
{
    private static readonly string[] Syllables =
        ["ka", "lo", "mer", "an", "tis", "vo", "ru", "sen", "dal", "pe", "qui", "zor", "ba", "nel", "or", "fi", "ga", "hu", "lin", "tam"];

    private static readonly string[] Leads = ["The", "New", "Bank", "First", "National", "Prime", "Lisbon", "Acme", "European"];

    private static readonly string[] Suffixes = ["Group", "Holdings", "SA", "Inc.", "Bank", "Ministry", "Securities", "of Portugal", "Foundation"];

    private static readonly (string Form, string Type)[] Known =
    [
        ("Portugal", "GPE"), ("Lisbon", "GPE"), ("Porto", "GPE"), ("Spain", "GPE"), ("Ana Ribeiro", "PERSON"),
        ("Paulo Matos", "PERSON"), ("Galp Energia SA", "ORG"), ("Acme Securities Inc.", "ORG"), ("European Commission", "ORG"),
        ("Luís Costa", "PERSON"),
    ];

    /// <summary>Builds a dictionary of <paramref name="count"/> entries (at least the 10 known ones) and reports the build time.</summary>
    /// <param name="count">The number of entries.</param>
    /// <param name="buildTime">How long <see cref="EntityDictionaryBuilder.Build"/> took (forms tokenized, trie built and frozen), not counting making up the entries.</param>
    public static EntityDictionary Build(int count, out TimeSpan buildTime)
    {
        var builder = EntityDictionary.CreateBuilder();
        foreach (var (form, type) in Known)
        {
            builder.Add(form, EntityType.FromName(type), $"K{builder.Count}");
        }

        var random = new Random(20261124);
        var org = EntityType.Organization;
        var person = EntityType.Person;
        while (builder.Count < count)
        {
            var tokens = random.Next(1, 5);
            var parts = new List<string>(tokens);
            if (random.Next(4) == 0)
            {
                parts.Add(Leads[random.Next(Leads.Length)]);
            }

            while (parts.Count < tokens)
            {
                parts.Add(Name(random));
            }

            var isOrg = random.Next(2) == 0;
            if (isOrg && random.Next(2) == 0)
            {
                parts.Add(Suffixes[random.Next(Suffixes.Length)]);
            }

            builder.Add(string.Join(' ', parts), isOrg ? org : person, $"Q{builder.Count}");
        }

        var stopwatch = Stopwatch.StartNew();
        var dictionary = builder.Build();
        buildTime = stopwatch.Elapsed;
        return dictionary;
    }

    private static string Name(Random random)
    {
        var syllables = random.Next(2, 4);
        Span<char> buffer = stackalloc char[16];
        var length = 0;
        for (var i = 0; i < syllables; i++)
        {
            var syllable = Syllables[random.Next(Syllables.Length)];
            syllable.CopyTo(buffer[length..]);
            length += syllable.Length;
        }

        buffer[0] = char.ToUpperInvariant(buffer[0]);
        return new string(buffer[..length]);
    }
}
