namespace EntityKit.Tests.Reliability;

/// <summary>
/// Memory grows linearly with the text for every hostile shape. The bytes one analysis allocates are counted at three
/// sizes (N, 2N, 4N): quadratic growth quadruples them at each doubling, so at least one doubling must stay under
/// three and a half times. Looking at two doublings tolerates one step (a pooled buffer that is no longer kept above some size)
/// without hiding a quadratic blow-up. Bytes, not time, so stable on a loaded CI machine.
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
    public void Analyze_DoublingTheText_AtLeastOneDoublingAllocatesUnderThreeAndAHalfTimesTheMemory(string shape, string unit)
    {
        var analyzer = ReliabilityAnalyzers.WithCapitalizedRuns;
        var texts = new[] { 1, 2, 4 }.Select(k => string.Concat(Enumerable.Repeat(unit, k * BaseRepeats))).ToArray();
        foreach (var text in texts)
        {
            analyzer.Analyze(new Article("warm-up", text)); // grows the pooled workspaces first
        }

        // The least of two runs: a model's word cache may be cold or warm depending on which pooled workspace a call gets.
        var bytes = texts.Select(text => Math.Min(
            AllocatedBy(() => analyzer.Analyze(new Article(shape, text))),
            AllocatedBy(() => analyzer.Analyze(new Article(shape, text))))).ToArray();

        var firstRatio = (double)bytes[1] / Math.Max(1, bytes[0]);
        var secondRatio = (double)bytes[2] / Math.Max(1, bytes[1]);
        Assert.True(Math.Min(firstRatio, secondRatio) < 3.5 || bytes[2] < 1 << 20,
            $"{shape}: {bytes[0]:N0}, {bytes[1]:N0}, {bytes[2]:N0} bytes for {texts[0].Length:N0}, {texts[1].Length:N0}, {texts[2].Length:N0} chars");
    }

    private static long AllocatedBy(Action action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
