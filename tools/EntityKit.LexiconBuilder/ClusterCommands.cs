using System.CommandLine;
using System.Diagnostics;
using EntityKit.Lexicon;
using EntityKit.Training.Lexicon;

namespace EntityKit.LexiconBuilder;

/// <summary>The <c>clusters</c> and <c>show-clusters</c> commands.</summary>
internal static class ClusterCommands
{
    public static Command Train()
    {
        var corpus = new Option<string>("--corpus") { Description = "Unlabelled text, one document per line (.txt or .txt.xz).", Required = true };
        var output = new Option<string>("--out") { Description = "Where to write the cluster table.", Required = true };
        var minCount = new Option<int>("--min-count") { Description = "Least frequency of a clustered word.", DefaultValueFactory = _ => 5 };
        var maxWords = new Option<int>("--max-words") { Description = "Most words clustered (most frequent first).", DefaultValueFactory = _ => 250_000 };
        var contextWords = new Option<int>("--context-words") { Description = "Frequent words used as contexts per offset.", DefaultValueFactory = _ => 2_500 };
        var dims = new Option<int>("--dims") { Description = "Random projection dimensions.", DefaultValueFactory = _ => 256 };
        var levels = new Option<string>("--levels") { Description = "Cluster counts per level, coarsest first.", DefaultValueFactory = _ => "64,256,1024,4096" };
        var iterations = new Option<int>("--iterations") { Description = "Most k-means rounds per split.", DefaultValueFactory = _ => 20 };
        var threads = new Option<int>("--threads") { Description = "Worker threads.", DefaultValueFactory = _ => 2 };
        var reduction = new Option<VectorReduction>("--reduction") { Description = "Svd or RandomProjection.", DefaultValueFactory = _ => VectorReduction.Svd };
        var exponent = new Option<double>("--svd-exponent") { Description = "Singular value weighting of the SVD embedding.", DefaultValueFactory = _ => 0.5 };
        var tokenizer = TokenizerOption.Create();
        var probes = new Option<string>("--probes") { Description = "Comma-separated words whose finest clusters are printed (most frequent members first).", DefaultValueFactory = _ => string.Empty };
        var command = new Command("clusters", "Learn multi-granularity word clusters from unlabelled text.")
        {
            corpus, output, minCount, maxWords, contextWords, dims, levels, iterations, threads, reduction, exponent, tokenizer, probes,
        };
        command.SetAction(result =>
        {
            var clock = Stopwatch.StartNew();
            void Log(string message) => Console.WriteLine($"[{clock.Elapsed:hh\\:mm\\:ss}] {message}");
            var options = new ContextVectorOptions
            {
                MinCount = result.GetValue(minCount),
                MaxWords = result.GetValue(maxWords),
                ContextWords = result.GetValue(contextWords),
                Dimensions = result.GetValue(dims),
                Threads = result.GetValue(threads),
                Reduction = result.GetValue(reduction),
                SingularValueExponent = result.GetValue(exponent),
            };
            var levelSizes = result.GetValue(levels)!.Split(',').Select(int.Parse).ToArray();
            var (clusters, vectors) = WordClusterTrainer.Train(CorpusLines.Read(result.GetValue(corpus)!), TokenizerOption.Splitter(result.GetValue(tokenizer)!), options, levelSizes, result.GetValue(iterations), Log);
            var path = result.GetValue(output)!;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            using (var file = File.Create(path))
            {
                clusters.Save(file);
            }

            PrintProbes(clusters, vectors.Words, result.GetValue(probes)!);
            Log($"wrote {path}: {clusters.WordCount:N0} words, levels {string.Join('/', clusters.LevelSizes.ToArray())}, {new FileInfo(path).Length:N0} bytes");
        });
        return command;
    }

    private static void PrintProbes(WordClusters clusters, IReadOnlyList<string> wordsByFrequency, string probes)
    {
        foreach (var probe in probes.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!clusters.TryGetClusters(probe, out var ids))
            {
                Console.WriteLine($"{probe}: not in the table");
                continue;
            }

            for (var level = 1; level < ids.Count; level += 2)
            {
                var members = wordsByFrequency.Where(w => clusters.TryGetExact(w, out var other) && other[level] == ids[level]).ToList();
                Console.WriteLine($"{probe} [{ids}] level {level} ({members.Count} words): {string.Join(' ', members.Take(25))}");
            }
        }
    }

    public static Command Show()
    {
        var table = new Option<string>("--clusters") { Description = "A cluster table.", Required = true };
        var words = new Option<string>("--words") { Description = "Comma-separated probe words.", Required = true };
        var level = new Option<int>("--level") { Description = "Level whose members to list (default: the finest).", DefaultValueFactory = _ => -1 };
        var limit = new Option<int>("--limit") { Description = "Most members listed per cluster.", DefaultValueFactory = _ => 30 };
        var command = new Command("show-clusters", "Print the members of the clusters of some probe words.") { table, words, level, limit };
        command.SetAction(result =>
        {
            using var file = File.OpenRead(result.GetValue(table)!);
            var clusters = WordClusters.Load(file);
            var at = result.GetValue(level) < 0 ? clusters.LevelCount - 1 : result.GetValue(level);
            var members = new Dictionary<int, List<string>>();
            foreach (var word in clusters.Words.Order(StringComparer.Ordinal))
            {
                clusters.TryGetExact(word, out var ids);
                if (!members.TryGetValue(ids[at], out var list))
                {
                    members[ids[at]] = list = [];
                }

                list.Add(word);
            }

            foreach (var probe in result.GetValue(words)!.Split(','))
            {
                if (!clusters.TryGetClusters(probe, out var ids))
                {
                    Console.WriteLine($"{probe}: not in the table");
                    continue;
                }

                var list = members[ids[at]];
                Console.WriteLine($"{probe} [{ids}] level {at} cluster {ids[at]} ({list.Count} words): {string.Join(' ', list.Take(result.GetValue(limit)))}");
            }
        });
        return command;
    }
}
