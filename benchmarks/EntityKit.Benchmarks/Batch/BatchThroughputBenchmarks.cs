using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using EntityKit.Models.English;

namespace EntityKit.Benchmarks.Batch;

/// <summary>
/// End-to-end batch throughput: <see cref="IArticleAnalyzer.AnalyzeMany"/> with the embedded English model over a
/// whole corpus (<see cref="BenchmarkCorpora"/>: real newswire when the shared data is beside the repository, the
/// committed generated news-like text, and <see cref="InventedArticleCount"/> invented articles), on one thread and
/// on every core, with the articles/s and tokens/s of one operation.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class BatchThroughputBenchmarks
{
    /// <summary>Articles in the invented corpus.</summary>
    public const int InventedArticleCount = 10_000;

    private static readonly IReadOnlyDictionary<string, Lazy<BatchCorpus>> Corpora =
        BenchmarkCorpora.Available.ToDictionary(name => name, name => new Lazy<BatchCorpus>(() => BenchmarkCorpora.Load(name)));

    private IArticleAnalyzer _analyzer = null!;
    private BatchCorpus _corpus = null!;

    /// <summary>The corpus analysed (<see cref="BenchmarkCorpora"/>).</summary>
    [ParamsSource(nameof(CorpusNames))]
    public string Corpus { get; set; } = BenchmarkCorpora.NewsLike;

    /// <summary>
    /// The corpora available on this machine, or only those named (comma-separated) in the environment variable
    /// <c>ENTITYKIT_BENCH_CORPORA</c>, e.g. <c>ontonotes-dev-nw</c> for the real newswire alone.
    /// </summary>
    public static IEnumerable<string> CorpusNames => BenchmarkCorpora.Selected(Environment.GetEnvironmentVariable("ENTITYKIT_BENCH_CORPORA"));

    /// <summary>Analyses at most this many articles at once (1, and the number of cores).</summary>
    [ParamsSource(nameof(ThreadCounts))]
    public int Threads { get; set; }

    /// <summary>1 and <see cref="Environment.ProcessorCount"/>.</summary>
    public static IEnumerable<int> ThreadCounts => Environment.ProcessorCount > 1 ? [1, Environment.ProcessorCount] : [1];

    /// <summary>Loads the model and the corpus.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _analyzer = EnglishArticleAnalyzer.Create();
        _corpus = Corpora[Corpus].Value;
    }

    /// <summary>Analyses the whole corpus with <see cref="Threads"/> threads, results consumed in input order.</summary>
    [Benchmark]
    public long AnalyzeBatch()
    {
        long mentions = 0;
        var options = new BatchOptions { MaxDegreeOfParallelism = Threads };
        foreach (var analysis in _analyzer.AnalyzeMany(_corpus.Articles, options))
        {
            mentions += analysis.Mentions.Length;
        }

        return mentions;
    }

    private static BatchCorpus CorpusOf(BenchmarkCase benchmarkCase) =>
        Corpora[(string)benchmarkCase.Parameters[nameof(Corpus)]].Value;

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddColumn(new BatchRateColumn("Articles/s", "Articles analysed per second", c => CorpusOf(c).Articles.Length));
            AddColumn(new BatchRateColumn("Tokens/s", "Tokens analysed per second", c => CorpusOf(c).TokenCount));
            AddColumn(new BatchRateColumn("Tokens/s (median op)", "Tokens analysed per second of the median operation", c => CorpusOf(c).TokenCount, fromMedian: true));
            AddColumn(new AllocationPerTokenColumn(c => CorpusOf(c).TokenCount));
        }
    }
}
