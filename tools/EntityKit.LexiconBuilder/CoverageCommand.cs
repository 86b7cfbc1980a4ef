using System.CommandLine;
using EntityKit.Corpora;
using EntityKit.Lexicon;

namespace EntityKit.LexiconBuilder;

/// <summary>The <c>coverage</c> command: how much of a tagged corpus the lexicon artifacts cover (a diagnostic, nothing is written).</summary>
internal static class CoverageCommand
{
    public static Command Create()
    {
        var bio = new Option<string>("--bio") { Description = "A BIO-tagged corpus (TOKEN TAB TAG).", Required = true };
        var clustersFile = new Option<string>("--clusters") { Description = "A word-cluster table.", Required = true };
        var gazetteerFiles = new Option<string>("--gazetteers") { Description = "Comma-separated gazetteer files.", Required = true };
        var command = new Command("coverage", "Report cluster and gazetteer coverage of a BIO corpus, per entity type.") { bio, clustersFile, gazetteerFiles };
        command.SetAction(result =>
        {
            WordClusters clusters;
            using (var stream = File.OpenRead(result.GetValue(clustersFile)!))
            {
                clusters = WordClusters.Load(stream);
            }

            var streams = result.GetValue(gazetteerFiles)!.Split(',').Select(File.OpenRead).ToList();
            var gazetteer = Gazetteer.Load(streams);
            streams.ForEach(s => s.Dispose());

            long tokens = 0, clustered = 0, entityTokens = 0, entityClustered = 0, matches = 0, matchesOnEntity = 0;
            var perType = new SortedDictionary<string, TypeStats>(StringComparer.Ordinal);
            foreach (var document in BioReader.ReadFile(result.GetValue(bio)!))
            {
                foreach (var sentence in document.Sentences)
                {
                    var words = sentence.Tokens.ToArray();
                    var hits = new GazetteerHits[words.Length];
                    gazetteer.Annotate(words, hits, GazetteerMatchMode.LongestMatch);
                    var spans = sentence.GetSpans();
                    var inEntity = new bool[words.Length];
                    foreach (var span in spans)
                    {
                        for (var i = span.FirstToken; i < span.EndToken; i++)
                        {
                            inEntity[i] = true;
                        }
                    }

                    for (var i = 0; i < words.Length; i++)
                    {
                        var found = clusters.TryGetClusters(words[i], out _);
                        tokens++;
                        clustered += found ? 1 : 0;
                        entityTokens += inEntity[i] ? 1 : 0;
                        entityClustered += inEntity[i] && found ? 1 : 0;
                        if (hits[i].Unit != 0 || hits[i].Begin != 0)
                        {
                            matches++;
                            matchesOnEntity += inEntity[i] ? 1 : 0;
                        }
                    }

                    foreach (var span in spans)
                    {
                        var categories = gazetteer.Lookup(string.Join(' ', words[span.FirstToken..span.EndToken]));
                        var touched = false;
                        for (var i = span.FirstToken; i < span.EndToken; i++)
                        {
                            touched |= !hits[i].IsEmpty;
                        }

                        if (!perType.TryGetValue(span.Type, out var entry))
                        {
                            perType[span.Type] = entry = new TypeStats();
                        }

                        entry.Total++;
                        entry.Touched += touched ? 1 : 0;
                        if (categories != GazetteerCategories.None)
                        {
                            entry.Exact++;
                            foreach (var (category, _) in GazetteerCategoryNames.All)
                            {
                                if ((categories & category) != 0)
                                {
                                    entry.Categories[category] = entry.Categories.GetValueOrDefault(category) + 1;
                                }
                            }
                        }
                    }
                }
            }

            Console.WriteLine($"tokens with clusters: {100.0 * clustered / tokens:F1}% of {tokens:N0}; entity tokens: {100.0 * entityClustered / entityTokens:F1}% of {entityTokens:N0}");
            Console.WriteLine($"longest gazetteer matches starting inside a gold entity: {100.0 * matchesOnEntity / matches:F1}% of {matches:N0}");
            Console.WriteLine("type          entities  exact-phrase  any-token-hit  top categories of exact phrases");
            foreach (var (type, entry) in perType)
            {
                var top = string.Join(' ', entry.Categories.OrderByDescending(c => c.Value).Take(3).Select(c => $"{GazetteerCategoryNames.Format(c.Key)}:{c.Value}"));
                Console.WriteLine($"{type,-12} {entry.Total,9:N0}  {100.0 * entry.Exact / entry.Total,11:F1}%  {100.0 * entry.Touched / entry.Total,12:F1}%  {top}");
            }
        });
        return command;
    }

    private sealed class TypeStats
    {
        public int Total;
        public int Exact;
        public int Touched;
        public readonly Dictionary<GazetteerCategories, int> Categories = [];
    }
}
