using EntityKit.Text;

namespace EntityKit.Benchmarks.Text;

/// <summary>
/// Realistic news prose for the text benchmarks: a few invented paragraphs (not corpus text) with the things
/// news tokenizers meet — quotes, clitics, abbreviations, hyphens, numbers, money, dates, a URL and a handle —
/// replicated to about 100,000 tokens.
/// </summary>
public static class NewsText
{
    private const string Paragraphs =
        "LISBON, March 3 (Newswire) - Portugal's central bank on Tuesday raised its growth forecast to 2.1% for "
        + "this year, citing stronger-than-expected tourism and a rebound in exports to the U.S. and Spain.\n"
        + "\"We didn't expect the recovery to be this broad,\" Governor Ana Ribeiro told reporters in Lisbon. "
        + "\"Households are spending again, and firms can't find enough workers.\"\n"
        + "The revised outlook, published at 10.30am local time, follows a year-long slowdown that pushed "
        + "unemployment to 7.4% in January. Mr. Ribeiro's deputy, Dr. Paulo Matos, said the bank would keep a "
        + "close eye on wages, which rose 5.2% year-on-year in the fourth quarter.\n"
        + "Shares of Galp Energia SA climbed 3.4 per cent to €14.85 after the oil group said it had agreed to sell "
        + "a 20% stake in its Brazilian unit for US$1.2 billion (about €1.1bn). Analysts at Acme Securities Inc. "
        + "called the price \"a fair one\" in a note to clients on Monday.\n"
        + "Meanwhile, the government's long-awaited rail plan - a €4,500m project linking Porto and Lisbon in "
        + "under 90 minutes - won approval from the European Commission, the transport ministry said on "
        + "@govpt_transport. Details are at https://example.gov.pt/rail-plan.\n"
        + "Opposition leader Luís Costa, who's campaigned against the project since 2019, said it \"won't pay for "
        + "itself for decades\" and urged lawmakers to hold a vote before the summer recess.\n\n";

    private static readonly Lazy<string> LazyText = new(() => Build(targetTokens: 100_000));

    /// <summary>The benchmark text (about 100,000 tokens).</summary>
    public static string Text => LazyText.Value;

    /// <summary>The number of tokens <see cref="EnglishTokenizer"/> finds in <see cref="Text"/>.</summary>
    public static int TokenCount { get; } = CountTokens(Text);

    private static string Build(int targetTokens)
    {
        var perCopy = CountTokens(Paragraphs);
        var copies = (targetTokens + perCopy - 1) / perCopy;
        return string.Concat(Enumerable.Repeat(Paragraphs, copies));
    }

    private static int CountTokens(string text)
    {
        var tokens = new List<TokenInfo>();
        new EnglishTokenizer().Tokenize(text, tokens);
        return tokens.Count;
    }
}
