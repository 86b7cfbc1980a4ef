using EntityKit.Cli.Progress;
using EntityKit.Models.English;

namespace EntityKit.Cli.Tests.Progress;

public sealed class BatchProgressTests
{
    private static readonly ArticleAnalysis Analysed =
        EnglishArticleAnalyzer.Create().Analyze(new Article("a1", "Ana Ribeiro flew from Lisbon to Oslo on Monday."));

    private static readonly ArticleAnalysis FailedRecord =
        ArticleAnalysis.Failed("bad", "", new AnalysisError("news.jsonl:2: invalid JSON"));

    private readonly ManualClock _clock = new();
    private readonly StringWriter _error = new() { NewLine = "\n" };

    [Fact]
    public void Observe_LinesStyleShorterThanOneInterval_WritesOnlyTheSummary()
    {
        var progress = new BatchProgress(_error, ProgressStyle.Lines, totalBytes: null, _clock);

        _clock.Advance(TimeSpan.FromSeconds(1));
        progress.Observe(Analysed);
        progress.Observe(FailedRecord);
        progress.Finish();

        var line = Assert.Single(_error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"entitykit: done: 2 articles (1 failed), {Analysed.Tokens.Length} tokens, {Analysed.Mentions.Length} mentions, {Analysed.Entities.Length} entities in 1.0 s", line);
    }

    [Fact]
    public void Observe_LinesStyle_WritesOneLinePerElapsedInterval()
    {
        var progress = new BatchProgress(_error, ProgressStyle.Lines, totalBytes: null, _clock);

        _clock.Advance(BatchProgress.LinesInterval);
        progress.Observe(Analysed);
        _clock.Advance(TimeSpan.FromSeconds(1));
        progress.Observe(Analysed);
        var afterFirstInterval = _error.ToString();
        _clock.Advance(BatchProgress.LinesInterval);
        progress.Observe(Analysed);

        Assert.Equal(["entitykit: 1 articles, " + Analysed.Tokens.Length + " tokens, " + (Analysed.Tokens.Length / 5.0).ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " tokens/s"],
            afterFirstInterval.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(2, _error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Finish_LiveStyle_ClearsTheRedrawnLineBeforeTheSummary()
    {
        var progress = new BatchProgress(_error, ProgressStyle.Live, totalBytes: null, _clock);

        _clock.Advance(BatchProgress.LiveInterval);
        progress.Observe(Analysed);
        progress.Finish();

        var text = _error.ToString();
        Assert.StartsWith("\rentitykit: 1 articles", text);
        var afterLastReturn = text[(text.LastIndexOf('\r') + 1)..];
        Assert.StartsWith("entitykit: done: 1 articles (0 failed)", afterLastReturn);
        Assert.EndsWith("\n", text);
    }

    [Fact]
    public void Observe_LiveStyleOnANarrowTerminal_CutsTheLineSoItNeverWraps()
    {
        var progress = new BatchProgress(_error, ProgressStyle.Live, totalBytes: null, _clock, terminalWidth: 20);

        _clock.Advance(BatchProgress.LiveInterval);
        progress.Observe(Analysed);

        Assert.Equal("\rentitykit: 1 articl", _error.ToString());
    }

    [Fact]
    public void Finish_NoneStyle_WritesNothingButCounts()
    {
        var progress = new BatchProgress(_error, ProgressStyle.None, totalBytes: 1000, _clock);

        _clock.Advance(TimeSpan.FromMinutes(1));
        progress.Observe(Analysed);
        progress.Observe(FailedRecord);
        progress.Finish();

        Assert.Equal("", _error.ToString());
        Assert.Equal((2, 1, (long)Analysed.Tokens.Length), (progress.Totals.Articles, progress.Totals.Failed, progress.Totals.Tokens));
    }

    [Fact]
    public void Observe_KnownTotalSize_ReportsShareDoneAndEta()
    {
        var perArticle = System.Text.Encoding.UTF8.GetByteCount(Analysed.Text) + Analysed.Id.Length + 24;
        var progress = new BatchProgress(_error, ProgressStyle.Lines, totalBytes: perArticle * 4L, _clock);

        _clock.Advance(BatchProgress.LinesInterval);
        progress.Observe(Analysed);

        Assert.EndsWith(", 25%, ETA 15.0 s\n", _error.ToString());
    }
}
