using EntityKit.Lexicon;

namespace EntityKit.Training.Lexicon;

/// <summary>
/// Turns raw name-list entries into gazetteer entries: tokenises each phrase with the given splitter (the
/// analyzer's tokenizer, so phrases match its tokens), drops blanks and over-long phrases, drops single-word city, region and company
/// names that are ordinary English words (<c>Nice</c>, <c>Reading</c>, <c>Index</c>), and drops company words that
/// are also places, nationalities or given names.
/// </summary>
/// <param name="commonWords">Lower-case common words (for example from <see cref="Sources.WordNetReader.ReadCommonWords"/>).</param>
/// <param name="splitter">The tokenisation phrases must follow (<see cref="TokenStringSplitters"/>).</param>
public sealed class GazetteerBuilder(IReadOnlySet<string> commonWords, TokenStringSplitter splitter)
{
    /// <summary>Phrases with more tokens are dropped.</summary>
    public const int MaxTokens = 8;

    /// <summary>Legal-form words that end company names, written for this project.</summary>
    public static readonly IReadOnlyList<string> CompanySuffixes =
    [
        "Inc", "Inc.", "Corp", "Corp.", "Co", "Co.", "Cos.", "Ltd", "Ltd.", "LLC", "L.L.C.", "PLC", "Plc", "plc", "GmbH",
        "AG", "SA", "S.A.", "NV", "N.V.", "BV", "B.V.", "SpA", "S.p.A.", "AB", "ASA", "Oyj", "KK", "Pty", "Pte", "LLP",
        "LP", "L.P.", "Bhd", "Tbk", "SE", "SAS", "Holdings", "Group", "Corporation", "Incorporated", "Limited", "Company",
    ];

    private const GazetteerCategories FilteredWhenCommonWord = GazetteerCategories.City | GazetteerCategories.Region | GazetteerCategories.Company;
    private const GazetteerCategories CompanyClashes = GazetteerCategories.Country | GazetteerCategories.City | GazetteerCategories.Region
        | GazetteerCategories.Demonym | GazetteerCategories.Group | GazetteerCategories.FirstName | GazetteerCategories.Language
        | GazetteerCategories.Continent | GazetteerCategories.Capital;

    /// <summary>
    /// Removes the categories a single word cannot credibly carry: city, region and company names that are
    /// lower-case, one character long or ordinary English words, and group names that are ordinary words
    /// (<c>President</c>, <c>New</c>) unless they look like a nationality or creed (<c>Catholic</c>, <c>Republican</c>).
    /// </summary>
    /// <param name="word">The single token.</param>
    /// <param name="categories">Its categories from the sources.</param>
    public GazetteerCategories FilterSingleWord(string word, GazetteerCategories categories)
    {
        ArgumentNullException.ThrowIfNull(word);
        var isCommon = commonWords.Contains(word.ToLowerInvariant());
        if (word.Length < 2 || char.IsLower(word[0]) || isCommon)
        {
            categories &= ~FilteredWhenCommonWord;
        }

        if (isCommon && !LooksLikeNationalityOrCreed(word))
        {
            categories &= ~GazetteerCategories.Group;
        }

        return categories;
    }

    private static bool LooksLikeNationalityOrCreed(string word) =>
        word.EndsWith("an", StringComparison.Ordinal) || word.EndsWith("ese", StringComparison.Ordinal)
        || word.EndsWith("ish", StringComparison.Ordinal) || word.EndsWith("ic", StringComparison.Ordinal)
        || word.EndsWith("ist", StringComparison.Ordinal) || word.EndsWith("ite", StringComparison.Ordinal)
        || word.EndsWith("ch", StringComparison.Ordinal) || word.EndsWith('i');

    /// <summary>Tokenises, filters and merges the entries; the result is sorted by phrase.</summary>
    /// <param name="raw">Entries as the sources spell them.</param>
    /// <param name="dropped">Receives how many entries were dropped.</param>
    public IReadOnlyList<GazetteerEntry> Build(IEnumerable<GazetteerEntry> raw, out int dropped)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var merged = new Dictionary<string, GazetteerCategories>(StringComparer.Ordinal);
        dropped = 0;
        foreach (var entry in raw)
        {
            var tokens = new List<string>();
            splitter(entry.Phrase.Trim(), tokens);
            var categories = entry.Categories;
            if (tokens.Count == 0 || tokens.Count > MaxTokens || !tokens.Any(t => t.Any(char.IsLetter)))
            {
                dropped++;
                continue;
            }

            if (tokens.Count == 1)
            {
                categories = FilterSingleWord(tokens[0], categories);
            }

            if (categories == GazetteerCategories.None)
            {
                dropped++;
                continue;
            }

            var phrase = string.Join(' ', tokens);
            merged[phrase] = merged.GetValueOrDefault(phrase) | categories;
        }

        var result = new List<GazetteerEntry>(merged.Count);
        foreach (var (phrase, categories) in merged.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var kept = (categories & CompanyClashes) != 0 ? categories & ~GazetteerCategories.Company : categories;
            if (kept == GazetteerCategories.None)
            {
                dropped++;
                continue;
            }

            result.Add(new GazetteerEntry(phrase, kept));
        }

        return result;
    }
}
