namespace EntityKit.Tests.Reliability;

/// <summary>
/// Memory grows linearly with the text for every hostile shape: the bytes one analysis allocates for a text four
/// times longer stay under six times those of the shorter text (a quadratic blow-up would give sixteen). This counts
/// bytes, not time, so it is stable on a loaded CI machine.
/// </summary>
public sealed class LinearGrowthTests
{
    private const int BaseRepeats = 4_000;

    public static TheoryData<string, string> Shapes => new()
    {
        { "words", "Anna Verhoeven met the Leeds Council. " },
        { "newlines", "\n" },
        { "crlf-paragraphs", "Leeds.\r\n\r\n" },
        { "exclamations", "!" },
        { "one-token", "Leeds2024e\u0301" },
        { "digits", "9" },
        { "grouped-number", "999," },
        { "surrogate-pairs", "👍🏽" },
        { "lone-surrogates", "\uD800a\uDC00" },
        { "combining", "e\u0301\u0302" },
        { "zwj-family", "👨\u200D👩\u200D👧 " },
        { "flags", "🇫🇷" },
        { "bidi-and-zero-width", "\u202EAnna\u202C\u200B " },
        { "abbreviations", "U.S. Mr. " },
        { "capitalized", "Leeds " },
        { "cjk", "東京中文" },
        { "arabic", "مرحبا " },
        { "html", "<p>Leeds</p>" },
        { "controls", "\0\u0007\u001B" },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Analyze_FourTimesTheText_AllocatesAtMostSixTimesTheMemory(string shape, string unit)
    {
        var analyzer = ReliabilityAnalyzers.WithCapitalizedRuns;
        var small = string.Concat(Enumerable.Repeat(unit, BaseRepeats));
        var large = string.Concat(Enumerable.Repeat(unit, 4 * BaseRepeats));
        analyzer.Analyze(new Article("warm-up", small)); // fills the pooled workspace

        var smallBytes = AllocatedBy(() => analyzer.Analyze(new Article(shape, small)));
        var largeBytes = AllocatedBy(() => analyzer.Analyze(new Article(shape, large)));

        Assert.True(largeBytes <= (6 * smallBytes) + (1 << 20),
            $"{shape}: {smallBytes:N0} bytes for {small.Length:N0} chars but {largeBytes:N0} bytes for {large.Length:N0} chars");
    }

    private static long AllocatedBy(Action action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
