using System.Text;

namespace EntityKit.Cli.Progress;

/// <summary>
/// Counts the results of a batch run as they are written and reports on standard error: a progress line at most
/// every <see cref="ProgressStyle.Lines"/> interval (or redrawn in place for <see cref="ProgressStyle.Live"/>), and
/// the summary at the end. Driven by the thread that writes the results, so standard error keeps a single writer and
/// nothing runs on a timer; a run shorter than one interval prints no progress line at all.
/// </summary>
internal sealed class BatchProgress : IDisposable
{
    /// <summary>How often a plain progress line is written when standard error is not a terminal.</summary>
    public static readonly TimeSpan LinesInterval = TimeSpan.FromSeconds(5);

    /// <summary>How often the live line is redrawn on a terminal.</summary>
    public static readonly TimeSpan LiveInterval = TimeSpan.FromMilliseconds(250);

    private const int JsonlOverheadBytes = 24;

    private readonly TextWriter _error;
    private readonly ProgressStyle _style;
    private readonly long? _totalBytes;
    private readonly TimeProvider _time;
    private readonly long _started;
    private readonly TimeSpan _interval;
    private readonly int _liveWidth;
    private TimeSpan _nextReport;
    private int _liveLineLength;
    private long _articles, _failed, _tokens, _mentions, _entities, _bytes;

    /// <summary>Starts counting now.</summary>
    /// <param name="error">Standard error.</param>
    /// <param name="style">How to report; <see cref="ProgressStyle.None"/> only counts.</param>
    /// <param name="totalBytes">The input's size when known, for the share done and the ETA.</param>
    /// <param name="time">The clock (a fake one in tests).</param>
    /// <param name="terminalWidth">The terminal's width in columns, when known: a live line is cut to one column less,
    /// so that it never wraps (a wrapped line cannot be redrawn in place).</param>
    public BatchProgress(TextWriter error, ProgressStyle style, long? totalBytes, TimeProvider time, int? terminalWidth = null)
    {
        _liveWidth = terminalWidth is > 1 ? terminalWidth.Value - 1 : int.MaxValue;
        _error = error;
        _style = style;
        _totalBytes = totalBytes;
        _time = time;
        _started = time.GetTimestamp();
        _interval = style == ProgressStyle.Live ? LiveInterval : LinesInterval;
        _nextReport = _interval;
    }

    /// <summary>The totals so far.</summary>
    public BatchTotals Totals => new(_articles, _failed, _tokens, _mentions, _entities, _bytes, _time.GetElapsedTime(_started));

    /// <summary>Counts one written result and reports if an interval has passed.</summary>
    public void Observe(ArticleAnalysis analysis)
    {
        _articles++;
        _failed += analysis.Error is null ? 0 : 1;
        _tokens += analysis.Tokens.Length;
        _mentions += analysis.Mentions.Length;
        _entities += analysis.Entities.Length;
        if (_totalBytes is not null)
        {
            _bytes += Encoding.UTF8.GetByteCount(analysis.Text) + analysis.Id.Length + JsonlOverheadBytes;
        }

        if (_style == ProgressStyle.None)
        {
            return;
        }

        var elapsed = _time.GetElapsedTime(_started);
        if (elapsed < _nextReport)
        {
            return;
        }

        _nextReport = elapsed + _interval;
        var line = "entitykit: " + ProgressFormatter.FormatProgress(Totals, _totalBytes);
        if (_style == ProgressStyle.Live)
        {
            if (line.Length > _liveWidth)
            {
                line = line[.._liveWidth];
            }

            _error.Write("\r" + line.PadRight(_liveLineLength));
            _liveLineLength = line.Length;
        }
        else
        {
            _error.WriteLine(line);
        }

        _error.Flush();
    }

    /// <summary>Another writer is about to use standard error (a warning, an error record): clears the live line.</summary>
    public void ClearLine()
    {
        if (_liveLineLength > 0)
        {
            _error.Write("\r" + new string(' ', _liveLineLength) + "\r");
            _liveLineLength = 0;
        }
    }

    /// <summary>Clears the live line and, unless the style is <see cref="ProgressStyle.None"/>, writes the summary.</summary>
    public void Finish()
    {
        ClearLine();
        if (_style != ProgressStyle.None)
        {
            _error.WriteLine("entitykit: " + ProgressFormatter.FormatSummary(Totals));
        }
    }

    /// <summary>Leaves the terminal clean if the run ends early (cancelled or failed).</summary>
    public void Dispose() => ClearLine();
}
