using EntityKit.Cli.Output;

namespace EntityKit.Cli.Serving;

/// <summary>What <c>entitykit serve</c> listens on and the limits it enforces.</summary>
internal sealed record ServeOptions
{
    /// <summary>The default address: loopback only, so that nothing is exposed unless asked for.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>The URLs to listen on (<c>http://127.0.0.1:0</c> picks a free port).</summary>
    public IReadOnlyList<string> Urls { get; init; } = [DefaultUrl];

    /// <summary>Requests analysed at the same time; more wait in the queue.</summary>
    public int MaxConcurrentRequests { get; init; } = Environment.ProcessorCount * 2;

    /// <summary>Requests waiting for a slot; beyond it a request is refused with 503.</summary>
    public int MaxQueuedRequests { get; init; } = 256;

    /// <summary>Largest body of <c>POST /v1/analyze</c>, in bytes (413 above).</summary>
    public long MaxRequestBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>Largest body of <c>POST /v1/analyze/batch</c>, in bytes (413 above).</summary>
    public long MaxBatchBytes { get; init; } = 256 * 1024 * 1024;

    /// <summary>Threads one batch request analyses with.</summary>
    public int BatchThreads { get; init; } = Environment.ProcessorCount;

    /// <summary>Longest article text, in UTF-16 characters (413 for one article, an error record in a batch).</summary>
    public int MaxArticleLength { get; init; } = AnalyzerOptions.DefaultMaxArticleLength;

    /// <summary>How long shutdown waits for requests in flight before it aborts them.</summary>
    public TimeSpan ShutdownTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Writes the result records (the JSONL record of docs/FORMAT.md). The one seam to the record format:
    /// swap it here when the format moves into the library.</summary>
    public Func<TextWriter, IAnalysisWriter> CreateRecordWriter { get; init; } = output => new JsonlAnalysisWriter(output, new RecordContent(IncludeTokens: false, IncludeText: false));
}
