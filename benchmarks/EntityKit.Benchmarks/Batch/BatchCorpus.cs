using EntityKit.Benchmarks.Text;
using EntityKit.Text;

namespace EntityKit.Benchmarks.Batch;

/// <summary>
/// A batch of articles for the end-to-end batch benchmarks with its token count: invented ones
/// (<see cref="Create"/>: each article is one copy of the invented prose of <see cref="NewsText"/>, about 280 tokens,
/// with its people, places, companies and figures swapped for other invented ones, so that no two neighbouring
/// articles are the same text) or given ones (<see cref="From"/>: real or generated news, <see cref="BenchmarkCorpora"/>).
/// </summary>
public sealed class BatchCorpus
{
    private static readonly string[] People = ["Ana Ribeiro", "Marta Silva", "Jonas Keller", "Priya Raman", "Tomas Novak", "Elena Varga", "Samuel Okafor", "Hana Sato"];
    private static readonly string[] Cities = ["Lisbon", "Porto", "Madrid", "Vienna", "Dublin", "Warsaw", "Oslo", "Athens"];
    private static readonly string[] Companies = ["Galp Energia SA", "Nordvik Holdings AG", "Tejo Power SA", "Brightwater Group plc", "Castell Telecom SA", "Orla Mining Ltd"];
    private static readonly string[] Rates = ["2.1%", "1.7%", "2.4%", "3.0%", "1.2%", "2.8%"];

    private BatchCorpus(Article[] articles, long tokenCount)
    {
        Articles = articles;
        TokenCount = tokenCount;
    }

    /// <summary>The articles, in order.</summary>
    public Article[] Articles { get; }

    /// <summary>The number of tokens <see cref="EnglishTokenizer"/> finds in all the articles together.</summary>
    public long TokenCount { get; }

    /// <summary>Counts the tokens of <paramref name="articles"/>.</summary>
    public static BatchCorpus From(IReadOnlyList<Article> articles)
    {
        var tokens = new List<TokenInfo>();
        var tokenizer = new EnglishTokenizer();
        long tokenCount = 0;
        foreach (var article in articles)
        {
            tokens.Clear();
            tokenizer.Tokenize(article.Text, tokens);
            tokenCount += tokens.Count;
        }

        return new BatchCorpus([.. articles], tokenCount);
    }

    /// <summary>Builds <paramref name="count"/> invented articles and counts their tokens.</summary>
    public static BatchCorpus Create(int count)
    {
        var template = NewsText.Text[..(NewsText.Text.IndexOf("\n\n", StringComparison.Ordinal) + 2)];
        var articles = new Article[count];
        for (var i = 0; i < count; i++)
        {
            var text = template
                .Replace("Ana Ribeiro", People[i % People.Length], StringComparison.Ordinal)
                .Replace("Lisbon", Cities[(i / 3) % Cities.Length], StringComparison.Ordinal)
                .Replace("Galp Energia SA", Companies[(i / 7) % Companies.Length], StringComparison.Ordinal)
                .Replace("2.1%", Rates[(i / 5) % Rates.Length], StringComparison.Ordinal)
                .Replace("March 3", $"March {1 + (i % 28)}", StringComparison.Ordinal);
            articles[i] = new Article($"a{i}", text);
        }

        return From(articles);
    }
}
