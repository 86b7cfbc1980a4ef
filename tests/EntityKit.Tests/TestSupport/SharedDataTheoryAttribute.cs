namespace EntityKit.Tests.TestSupport;

/// <summary>
/// A <see cref="TheoryAttribute"/> that skips, with a clear message, when a shared data file is absent.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    /// <summary>Skips the theory unless <c>../shared/data/&lt;parts&gt;</c> exists.</summary>
    /// <param name="parts">Path segments relative to the shared data folder.</param>
    public SharedDataTheoryAttribute(params string[] parts)
    {
        RelativePath = Path.Combine(parts);
        if (SharedData.File(parts) is null)
        {
            Skip = $"Shared data file '../shared/data/{RelativePath.Replace('\\', '/')}' is absent; this test needs it.";
        }
    }

    /// <summary>The required file, relative to the shared data folder.</summary>
    public string RelativePath { get; }
}
