using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using EntityKit.Benchmarks.Text;
using EntityKit.Models.English;

namespace EntityKit.Benchmarks.Dictionaries;

/// <summary>
/// Throughput (one thread) of the English analyzer (<see cref="EnglishArticleAnalyzer"/>, model layer included) over
/// ~100,000 tokens of news prose cut into articles, without a dictionary and with a synthetic dictionary of 10,000 or
/// 1,000,000 entries appended after the model. <see cref="MatchOnly"/> runs the dictionary layer alone over
/// pre-tokenized articles. The build time of each dictionary is printed in the log ("// dictionary build: ...").
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class DictionaryThroughputBenchmarks
{
    private ArticleAnalyzer _analyzer = EnglishArticleAnalyzer.Create();
    private Article[] _articles = [];
    private EntityKit.Dictionaries.EntityDictionary? _dictionary;
    private (TokenInfo[] Tokens, Sentence[] Sentences)[] _tokenized = [];
    private readonly List<EntityKit.Recognition.RecognizedSpan> _spans = new(1024);

    /// <summary>The number of dictionary entries; 0 means no dictionary layer.</summary>
    [Params(0, 10_000, 1_000_000)]
    public int Entries { get; set; }

    /// <summary>Cuts the text into articles and builds the analyzer (and the dictionary, timed).</summary>
    [GlobalSetup]
    public void Setup()
    {
        _articles = [.. NewsText.Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Select((text, i) => new Article($"a{i}", text))];
        var builder = EnglishArticleAnalyzer.CreateBuilder();
        if (Entries > 0)
        {
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var dictionary = SyntheticDictionary.Build(Entries, out var buildTime);
            var after = GC.GetTotalMemory(forceFullCollection: true);
            Console.WriteLine(
                $"// dictionary build: {Entries:N0} entries, {dictionary.FormCount:N0} forms in {buildTime.TotalSeconds:F2} s, " +
                $"~{(after - before) / 1e6:F0} MB live");
            builder.AddRecognizer(dictionary);
            _dictionary = dictionary;
        }

        _analyzer = builder.Build();
        _tokenized = [.. _articles.Select(article => Tokenize(article.Text))];
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

    /// <summary>Runs only the dictionary layer over the pre-tokenized articles (0 entries: nothing to run).</summary>
    [Benchmark]
    public int MatchOnly()
    {
        if (_dictionary is null)
        {
            return 0;
        }

        var found = 0;
        for (var i = 0; i < _articles.Length; i++)
        {
            _spans.Clear();
            var input = new EntityKit.Recognition.RecognitionInput(_articles[i].Text, _tokenized[i].Tokens, _tokenized[i].Sentences);
            _dictionary.Recognize(input, _spans, CancellationToken.None);
            found += _spans.Count;
        }

        return found;
    }

    private static (TokenInfo[] Tokens, Sentence[] Sentences) Tokenize(string text)
    {
        var tokens = new EntityKit.Text.EnglishTokenizer().Tokenize(text);
        var sentences = new List<Sentence>();
        new EntityKit.Text.SentenceSplitter().Split(text, tokens, sentences);
        return (tokens, [.. sentences]);
    }

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new TokensPerSecondColumn());
    }
}
