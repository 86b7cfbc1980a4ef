using EntityKit.Cli.Progress;

namespace EntityKit.Cli.Tests.Progress;

public sealed class ProgressFormatterTests
{
    public static TheoryData<double, string> Durations => new()
    {
        { 0.25, "250 ms" },
        { 12.84, "12.8 s" },
        { 130, "2m 10s" },
        { 3900, "1h 05m" },
    };

    [Theory]
    [MemberData(nameof(Durations))]
    public void FormatDuration_Seconds_ReadsNaturally(double seconds, string expected) =>
        Assert.Equal(expected, ProgressFormatter.FormatDuration(TimeSpan.FromSeconds(seconds)));

    [Fact]
    public void FormatProgress_UnknownTotal_HasNoShareOrEta()
    {
        var totals = new BatchTotals(12_000, 0, 3_000_000, 0, 0, 0, TimeSpan.FromSeconds(10));

        Assert.Equal("12,000 articles, 3,000,000 tokens, 300,000 tokens/s", ProgressFormatter.FormatProgress(totals, totalBytes: null));
    }

    [Fact]
    public void FormatProgress_FailuresAndKnownTotal_ShowsFailedShareAndEta()
    {
        var totals = new BatchTotals(100, 3, 1000, 0, 0, 400, TimeSpan.FromSeconds(20));

        Assert.Equal("100 articles, 1,000 tokens, 50 tokens/s, 3 failed, 40%, ETA 30.0 s", ProgressFormatter.FormatProgress(totals, totalBytes: 1000));
    }

    [Fact]
    public void FormatProgress_EstimateBeyondTotal_StaysBelowOneHundredPercent()
    {
        var totals = new BatchTotals(10, 0, 100, 0, 0, 5000, TimeSpan.FromSeconds(99));

        Assert.Contains(", 99%, ETA 1.0 s", ProgressFormatter.FormatProgress(totals, totalBytes: 1000));
    }

    [Fact]
    public void FormatSummary_Totals_NamesEveryCountAndRate()
    {
        var totals = new BatchTotals(2000, 1, 660_000, 30_000, 12_000, 0, TimeSpan.FromSeconds(2));

        Assert.Equal(
            "done: 2,000 articles (1 failed), 660,000 tokens, 30,000 mentions, 12,000 entities in 2.0 s (330,000 tokens/s, 1,000 articles/s)",
            ProgressFormatter.FormatSummary(totals));
    }
}
