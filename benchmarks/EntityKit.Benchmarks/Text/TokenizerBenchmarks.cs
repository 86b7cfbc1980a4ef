using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using EntityKit.Text;

namespace EntityKit.Benchmarks.Text;

/// <summary>
/// Tokenizer and sentence-splitter throughput over ~100,000 tokens of news prose (<see cref="NewsText"/>), with
/// reused buffers so that the allocation column shows per-token allocation (it must be zero).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class TokenizerBenchmarks
{
    private readonly EnglishTokenizer _tokenizer = new();
    private readonly SentenceSplitter _splitter = new();
    private string _text = string.Empty;
    private List<TokenInfo> _tokens = [];
    private TokenInfo[] _buffer = [];
    private List<Sentence> _sentences = [];

    /// <summary>Prepares the text and buffers with enough capacity.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _text = NewsText.Text;
        _tokens = new List<TokenInfo>(NewsText.TokenCount);
        _buffer = new TokenInfo[NewsText.TokenCount];
        _sentences = new List<Sentence>(NewsText.TokenCount / 10);
        _tokenizer.Tokenize(_text, _tokens);
    }

    /// <summary>Tokenizes into a reused list.</summary>
    [Benchmark(Baseline = true)]
    public int TokenizeIntoList()
    {
        _tokens.Clear();
        _tokenizer.Tokenize(_text, _tokens);
        return _tokens.Count;
    }

    /// <summary>Tokenizes into a caller-provided span.</summary>
    [Benchmark]
    public int TokenizeIntoSpan()
    {
        _tokenizer.Tokenize(_text, _buffer, out _, out var written);
        return written;
    }

    /// <summary>Splits the (already tokenized) text into sentences.</summary>
    [Benchmark]
    public int SplitSentences()
    {
        _sentences.Clear();
        _splitter.Split(_text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_tokens), _sentences);
        return _sentences.Count;
    }

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new TokensPerSecondColumn());
    }
}
