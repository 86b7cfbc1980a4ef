using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using EntityKit.Benchmarks.Text;
using EntityKit.Models.English;
using EntityKit.Recognition;

namespace EntityKit.Benchmarks.Recognition;

/// <summary>
/// Whole-analyzer throughput with the embedded English model (tokenizer, sentence splitter, NER model, entity
/// resolution) on one thread, over the invented news prose of <see cref="NewsText"/> cut into articles; and the NER
/// model alone on the already tokenized text.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class AnalyzerBenchmarks
{
    private ArticleAnalyzer _analyzer = null!;
    private Article[] _articles = [];
    private NerModel _model = null!;
    private TokenInfo[] _tokens = [];
    private Sentence[] _sentences = [];
    private readonly List<RecognizedSpan> _mentions = new(4096);

    /// <summary>Loads the model, cuts the text into articles and tokenizes it once for the model-only case.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _analyzer = EnglishArticleAnalyzer.Create();
        _articles = NewsText.Text
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select((text, i) => new Article($"a{i}", text + "\n\n"))
            .ToArray();
        _model = EnglishModel.Default;
        var analysis = _analyzer.Analyze(new Article("all", NewsText.Text));
        _tokens = [.. analysis.Tokens];
        _sentences = [.. analysis.Sentences];
    }

    /// <summary>Analyses every article, one after the other, on one thread.</summary>
    [Benchmark(Baseline = true)]
    public int AnalyzeArticles()
    {
        var mentions = 0;
        foreach (var article in _articles)
        {
            mentions += _analyzer.Analyze(article).Mentions.Length;
        }

        return mentions;
    }

    /// <summary>Runs only the NER model over the pre-tokenized text.</summary>
    [Benchmark]
    public int RecognizeWithModel()
    {
        _mentions.Clear();
        _model.Recognize(new RecognitionInput(NewsText.Text, _tokens, _sentences), _mentions, CancellationToken.None);
        return _mentions.Count;
    }

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new TokensPerSecondColumn());
    }
}
