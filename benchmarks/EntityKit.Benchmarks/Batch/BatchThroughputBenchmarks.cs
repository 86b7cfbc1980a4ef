using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using EntityKit.Models.English;

namespace EntityKit.Benchmarks.Batch;

/// <summary>
/// End-to-end batch throughput: <see cref="IArticleAnalyzer.AnalyzeMany"/> with the embedded English model over
/// <see cref="ArticleCount"/> distinct invented news articles (<see cref="BatchCorpus"/>), on one thread and on
/// every core, with the articles/s and tokens/s of one operation.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class BatchThroughputBenchmarks
{
    /// <summary>Articles in the batch.</summary>
    public const int ArticleCount = 10_000;

    private static readonly Lazy<BatchCorpus> SharedCorpus = new(() => BatchCorpus.Create(ArticleCount));

    private IArticleAnalyzer _analyzer = null!;

    /// <summary>Analyses at most this many articles at once (1, and the number of cores).</summary>
    [ParamsSource(nameof(ThreadCounts))]
    public int Threads { get; set; }

    /// <summary>1 and <see cref="Environment.ProcessorCount"/>.</summary>
    public static IEnumerable<int> ThreadCounts => Environment.ProcessorCount > 1 ? [1, Environment.ProcessorCount] : [1];

    /// <summary>The corpus the columns divide by.</summary>
    internal static BatchCorpus Corpus => SharedCorpus.Value;

    /// <summary>Loads the model and builds the corpus.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _analyzer = EnglishArticleAnalyzer.Create();
        _ = Corpus;
    }

    /// <summary>Analyses the whole batch with <see cref="Threads"/> threads, results consumed in input order.</summary>
    [Benchmark]
    public long AnalyzeBatch()
    {
        long mentions = 0;
        var options = new BatchOptions { MaxDegreeOfParallelism = Threads };
        foreach (var analysis in _analyzer.AnalyzeMany(Corpus.Articles, options))
        {
            mentions += analysis.Mentions.Length;
        }

        return mentions;
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddColumn(new BatchRateColumn("Articles/s", "Articles analysed per second", () => ArticleCount));
            AddColumn(new BatchRateColumn("Tokens/s", "Tokens analysed per second", () => Corpus.TokenCount));
        }
    }
}
