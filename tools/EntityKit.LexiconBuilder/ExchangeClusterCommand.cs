using System.CommandLine;
using System.Diagnostics;
using EntityKit.Lexicon;
using EntityKit.Training.Lexicon;

namespace EntityKit.LexiconBuilder;

/// <summary>The <c>exchange-clusters</c> command: Brown-style class-bigram clusters for the words of an existing table.</summary>
internal static class ExchangeClusterCommand
{
    public static Command Create()
    {
        var corpus = new Option<string>("--corpus") { Description = "Unlabelled text, one document per line (.txt or .txt.xz).", Required = true };
        var vocabulary = new Option<string>("--vocabulary") { Description = "A cluster table whose words are clustered.", Required = true };
        var output = new Option<string>("--out") { Description = "Where to write the new cluster table.", Required = true };
        var classes = new Option<string>("--classes") { Description = "Class counts per level, comma-separated (levels nest).", DefaultValueFactory = _ => "256,1024" };
        var iterations = new Option<int>("--iterations") { Description = "Most exchange passes per level.", DefaultValueFactory = _ => 10 };
        var minCount = new Option<long>("--exchange-min-count") { Description = "Rarer words are placed once after the passes.", DefaultValueFactory = _ => 10 };
        var threads = new Option<int>("--threads") { Description = "Worker threads scoring candidate classes (result does not depend on it).", DefaultValueFactory = _ => 1 };
        var oneSided = new Option<bool>("--one-sided") { Description = "Score classes by the preceding words only (Uszkoreit & Brants), not both sides." };
        var tokenizer = TokenizerOption.Create();
        var probes = new Option<string>("--probes") { Description = "Comma-separated words whose classes are printed.", DefaultValueFactory = _ => "Paris,John,Microsoft,Inc,said,Monday,Germany,January,Smith,euro" };
        var command = new Command("exchange-clusters", "Learn exchange (class-bigram) clusters for the words of an existing cluster table.")
        {
            corpus, vocabulary, output, classes, iterations, minCount, threads, oneSided, tokenizer, probes,
        };
        command.SetAction(result =>
        {
            var clock = Stopwatch.StartNew();
            void Log(string message) => Console.WriteLine($"[{clock.Elapsed:hh\\:mm\\:ss}] {message}");
            WordClusters existing;
            using (var file = File.OpenRead(result.GetValue(vocabulary)!))
            {
                existing = WordClusters.Load(file);
            }

            var indexed = IndexedCorpus.Build(CorpusLines.Read(result.GetValue(corpus)!), TokenizerOption.Splitter(result.GetValue(tokenizer)!), Log);
            Log($"corpus: {indexed.TokenCount:N0} ids, {indexed.Words.Count:N0} types; vocabulary: {existing.WordCount:N0} words");
            var options = new ExchangeClusterOptions
            {
                Iterations = result.GetValue(iterations),
                MinExchangeCount = result.GetValue(minCount),
                Threads = result.GetValue(threads),
                Bidirectional = !result.GetValue(oneSided),
            };
            var sizes = result.GetValue(classes)!.Split(',').Select(int.Parse).ToArray();
            var clustering = ExchangeClusterer.Cluster(indexed, existing.Words, sizes, options, Log);
            var clusters = clustering.ToWordClusters();
            var path = result.GetValue(output)!;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            var temporary = path + ".tmp";
            using (var file = File.Create(temporary))
            {
                clusters.Save(file);
            }

            File.Move(temporary, path, overwrite: true);
            PrintProbes(clustering, result.GetValue(probes)!);
            Log($"wrote {path}: {clusters.WordCount:N0} words, levels {string.Join('/', clusters.LevelSizes.ToArray())}, {new FileInfo(path).Length:N0} bytes");
        });
        return command;
    }

    /// <summary>Prints, for each probe and level, the most frequent members of its class.</summary>
    private static void PrintProbes(ExchangeClustering clustering, string probes)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var w = 0; w < clustering.Words.Count; w++)
        {
            index[clustering.Words[w]] = w;
        }

        foreach (var probe in probes.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!index.TryGetValue(probe, out var word))
            {
                Console.WriteLine($"{probe}: not in the vocabulary");
                continue;
            }

            for (var level = 0; level < clustering.LevelSizes.Length; level++)
            {
                var classes = clustering.ClassesAt(level);
                var members = new List<string>();
                for (var w = 0; w < clustering.Words.Count; w++)
                {
                    if (classes[w] == classes[word])
                    {
                        members.Add(clustering.Words[w]);
                    }
                }

                Console.WriteLine($"{probe} level {level} class {classes[word]} ({members.Count:N0} words): {string.Join(' ', members.Take(25))}");
            }
        }
    }
}
