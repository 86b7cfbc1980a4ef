namespace EntityKit.Cli.Progress;

/// <summary>How a long command reports its progress and its summary on standard error.</summary>
public enum ProgressStyle
{
    /// <summary>No progress and no summary (the default for in-process runs, such as tests and embedding).</summary>
    None,

    /// <summary>A plain progress line every few seconds and a summary at the end: for logs, when standard error is
    /// not a terminal.</summary>
    Lines,

    /// <summary>One progress line redrawn in place several times a second and a summary at the end: when standard
    /// error is a terminal.</summary>
    Live,
}
