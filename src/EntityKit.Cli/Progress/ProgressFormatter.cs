using System.Globalization;

namespace EntityKit.Cli.Progress;

/// <summary>Turns <see cref="BatchTotals"/> into the one-line progress report and the end-of-run summary.</summary>
internal static class ProgressFormatter
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>
    /// "12,000 articles, 3,960,000 tokens, 310,000 tokens/s, 45%, ETA 2m 10s": the percentage and ETA only when the
    /// input's total size is known; the share done is capped at 99% until the run ends, since it is an estimate.
    /// </summary>
    public static string FormatProgress(BatchTotals totals, long? totalBytes)
    {
        var line = string.Create(Invariant, $"{totals.Articles:N0} articles, {totals.Tokens:N0} tokens, {totals.TokensPerSecond:N0} tokens/s");
        if (totals.Failed > 0)
        {
            line += string.Create(Invariant, $", {totals.Failed:N0} failed");
        }

        if (totalBytes is > 0 && totals.EstimatedBytesRead > 0)
        {
            var done = Math.Min(0.99, (double)totals.EstimatedBytesRead / totalBytes.Value);
            var remaining = TimeSpan.FromSeconds(totals.Elapsed.TotalSeconds * (1 - done) / done);
            line += string.Create(Invariant, $", {done * 100:F0}%, ETA {FormatDuration(remaining)}");
        }

        return line;
    }

    /// <summary>"done: 12,000 articles (0 failed), 3,960,000 tokens, 250,000 mentions, 120,000 entities in 12.8 s
    /// (310,000 tokens/s, 940 articles/s)".</summary>
    public static string FormatSummary(BatchTotals totals) => string.Create(
        Invariant,
        $"done: {totals.Articles:N0} articles ({totals.Failed:N0} failed), {totals.Tokens:N0} tokens, {totals.Mentions:N0} mentions, {totals.Entities:N0} entities in {FormatDuration(totals.Elapsed)} ({totals.TokensPerSecond:N0} tokens/s, {totals.ArticlesPerSecond:N0} articles/s)");

    /// <summary>"850 ms", "12.8 s", "2m 10s", "1h 05m".</summary>
    public static string FormatDuration(TimeSpan duration)
    {
        if (duration.TotalSeconds < 1)
        {
            return string.Create(Invariant, $"{duration.TotalMilliseconds:F0} ms");
        }

        if (duration.TotalSeconds < 60)
        {
            return string.Create(Invariant, $"{duration.TotalSeconds:F1} s");
        }

        if (duration.TotalHours < 1)
        {
            return string.Create(Invariant, $"{(int)duration.TotalMinutes}m {duration.Seconds:D2}s");
        }

        return string.Create(Invariant, $"{(int)duration.TotalHours}h {duration.Minutes:D2}m");
    }
}
