namespace EntityKit.Models.English.Accurate;

/// <summary>How ONNX Runtime runs the accurate model.</summary>
public sealed record AccurateModelOptions
{
    /// <summary>
    /// Threads ONNX Runtime uses inside one call (default 1: the analyzer already runs articles in parallel, one per
    /// core; raise it to speed up a single article on an otherwise idle machine).
    /// </summary>
    public int ThreadsPerCall { get; init; } = 1;
}
