using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using EntityKit.Benchmarks.Text;

namespace EntityKit.Benchmarks.Dictionaries;

/// <summary>
/// Analyzer throughput (one thread) over ~100,000 tokens of news prose cut into articles, without a dictionary and
/// with synthetic dictionaries of 10,000 and 1,000,000 entries. The build time of each dictionary is printed in
/// the log ("// dictionary build: ...").
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class DictionaryThroughputBenchmarks
{
    private ArticleAnalyzer _analyzer = ArticleAnalyzer.CreateBuilder().Build();
    private Article[] _articles = [];

    /// <summary>The number of dictionary entries; 0 means no dictionary layer.</summary>
    [Params(0, 10_000, 1_000_000)]
    public int Entries { get; set; }

    /// <summary>Cuts the text into articles and builds the analyzer (and the dictionary, timed).</summary>
    [GlobalSetup]
    public void Setup()
    {
        _articles = [.. NewsText.Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Select((text, i) => new Article($"a{i}", text))];
        var builder = ArticleAnalyzer.CreateBuilder();
        if (Entries > 0)
        {
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var dictionary = SyntheticDictionary.Build(Entries, out var buildTime);
            var after = GC.GetTotalMemory(forceFullCollection: true);
            Console.WriteLine(
                $"// dictionary build: {Entries:N0} entries, {dictionary.FormCount:N0} forms in {buildTime.TotalSeconds:F2} s, " +
                $"~{(after - before) / 1e6:F0} MB live");
            builder.AddRecognizer(dictionary);
        }

        _analyzer = builder.Build();
    }

    /// <summary>Analyses all the articles, one after the other.</summary>
    [Benchmark]
    public int AnalyzeArticles()
    {
        var mentions = 0;
        foreach (var article in _articles)
        {
            mentions += _analyzer.Analyze(article).Mentions.Length;
        }

        return mentions;
    }

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new TokensPerSecondColumn());
    }
}
