namespace EntityKit.Cli;

/// <summary>The process exit codes of <c>entitykit</c>.</summary>
public static class ExitCodes
{
    /// <summary>Everything succeeded.</summary>
    public const int Success = 0;

    /// <summary>The run completed but some records failed (malformed input lines, failed articles).</summary>
    public const int SomeRecordsFailed = 1;

    /// <summary>The command line or a path is wrong; nothing was done.</summary>
    public const int UsageError = 2;

    /// <summary>An unexpected internal error stopped the run.</summary>
    public const int InternalError = 3;

    /// <summary>The run was cancelled.</summary>
    public const int Cancelled = 130;
}
