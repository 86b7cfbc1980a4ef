using System.CommandLine;
using System.Diagnostics;
using System.Text;
using EntityKit.Lexicon;
using EntityKit.Training.Lexicon;

namespace EntityKit.LexiconBuilder;

/// <summary>
/// The commands that connect the lexicon to an external embedding tool (fastText): <c>dump-corpus</c> writes the
/// unlabelled text as the cluster trainer sees it, and <c>extend-clusters</c> gives the words the cluster tables lack
/// the clusters of their nearest table word in the tool's vector space.
/// </summary>
internal static class EmbeddingCommands
{
    public static Command DumpCorpus()
    {
        var corpus = new Option<string>("--corpus") { Description = "Unlabelled text, one document per line (.txt or .txt.xz).", Required = true };
        var output = new Option<string>("--out") { Description = "Where to write the tokenised text, one segment per line.", Required = true };
        var tokenizer = TokenizerOption.Create();
        var command = new Command("dump-corpus", "Write the unlabelled text as the cluster trainer sees it: our tokens separated by spaces, headline-cased segments left out, one segment per line.")
        {
            corpus, output, tokenizer,
        };
        command.SetAction(result =>
        {
            var clock = Stopwatch.StartNew();
            var indexed = IndexedCorpus.Build(
                CorpusLines.Read(result.GetValue(corpus)!),
                TokenizerOption.Splitter(result.GetValue(tokenizer)!),
                message => Console.WriteLine($"[{clock.Elapsed:hh\\:mm\\:ss}] {message}"));
            var path = result.GetValue(output)!;
            using (var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20))
            {
                var atSegmentStart = true;
                foreach (var id in indexed.Tokens.AsSpan(0, indexed.TokenCount))
                {
                    if (id == IndexedCorpus.SegmentBreak)
                    {
                        writer.Write('\n');
                        atSegmentStart = true;
                        continue;
                    }

                    if (!atSegmentStart)
                    {
                        writer.Write(' ');
                    }

                    writer.Write(indexed.Words[id]);
                    atSegmentStart = false;
                }
            }

            Console.WriteLine($"[{clock.Elapsed:hh\\:mm\\:ss}] wrote {path}: {indexed.TokenCount:N0} ids, {indexed.Words.Count:N0} types");
        });
        return command;
    }

    public static Command ExtendClusters()
    {
        var tables = new Option<string>("--clusters") { Description = "Comma-separated cluster tables over the same words; each gets the same new words.", Required = true };
        var vectors = new Option<string>("--vectors") { Description = "Word vectors in word2vec/fastText text format, covering table words and the new words.", Required = true };
        var outputs = new Option<string>("--out") { Description = "Comma-separated output paths, one per table.", Required = true };
        var defaults = new ClusterExtensionOptions();
        var buckets = new Option<int>("--buckets") { Description = "k-means buckets of the table words that restrict the neighbour search.", DefaultValueFactory = _ => defaults.Buckets };
        var minSimilarity = new Option<float>("--min-similarity") { Description = "A new word inherits clusters only from a table word more similar than this (cosine).", DefaultValueFactory = _ => defaults.MinSimilarity };
        var threads = new Option<int>("--threads") { Description = "Worker threads.", DefaultValueFactory = _ => defaults.Threads };
        var command = new Command("extend-clusters", "Give words the cluster tables lack (rare and unseen words with fastText vectors) the clusters of their nearest table word.")
        {
            tables, vectors, outputs, buckets, minSimilarity, threads,
        };
        command.SetAction(result =>
        {
            var clock = Stopwatch.StartNew();
            void Log(string message) => Console.WriteLine($"[{clock.Elapsed:hh\\:mm\\:ss}] {message}");
            var inputPaths = result.GetValue(tables)!.Split(',', StringSplitOptions.RemoveEmptyEntries);
            var outputPaths = result.GetValue(outputs)!.Split(',', StringSplitOptions.RemoveEmptyEntries);
            if (inputPaths.Length != outputPaths.Length)
            {
                Console.Error.WriteLine($"extend-clusters: {inputPaths.Length} tables but {outputPaths.Length} output paths; give one output per table.");
                return 2;
            }

            var loaded = inputPaths.Select(path =>
            {
                using var file = File.OpenRead(path);
                return WordClusters.Load(file);
            }).ToList();
            var vectorsPath = result.GetValue(vectors)!;
            WordVectors space;
            try
            {
                using var reader = new StreamReader(vectorsPath, Encoding.UTF8);
                space = WordVectorsTextReader.Read(reader, vectorsPath);
            }
            catch (FormatException error)
            {
                Console.Error.WriteLine($"extend-clusters: {error.Message}");
                return 2;
            }

            Log($"read {space.Words.Count:N0} vectors of {space.Dimensions} dimensions");
            var options = new ClusterExtensionOptions
            {
                Buckets = result.GetValue(buckets),
                MinSimilarity = result.GetValue(minSimilarity),
                Threads = result.GetValue(threads),
            };
            var extended = ClusterTableExtender.Extend(loaded, space, options, Log);
            for (var t = 0; t < extended.Count; t++)
            {
                using (var file = File.Create(outputPaths[t]))
                {
                    extended[t].Save(file);
                }

                Log($"wrote {outputPaths[t]}: {extended[t].WordCount:N0} words (was {loaded[t].WordCount:N0})");
            }

            return 0;
        });
        return command;
    }
}
