namespace EntityKit.Tests.TestSupport;

/// <summary>
/// A <see cref="FactAttribute"/> that skips, with a clear message, when a shared data file is absent
/// (for example on a fresh clone without <c>../shared/data</c>).
/// </summary>
/// <remarks>Usage: <c>[SharedDataFact("ontonotes5", "dev.bio")]</c>; read the path with
/// <see cref="SharedData.File(string[])"/> inside the test.</remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SharedDataFactAttribute : FactAttribute
{
    /// <summary>Skips the test unless <c>../shared/data/&lt;parts&gt;</c> exists.</summary>
    /// <param name="parts">Path segments relative to the shared data folder, e.g. <c>"ontonotes5", "dev.bio"</c>.</param>
    public SharedDataFactAttribute(params string[] parts)
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
