using EntityKit.Cli.Tests.TestSupport;

namespace EntityKit.Cli.Tests.Reliability;

/// <summary>
/// Walking directories with <c>--recursive</c> never stops the run: symbolic links to directories are not followed
/// (a link cycle used to end in "Too many levels of symbolic links" and exit 2). Unlistable directories are covered by
/// <c>EntityKit.Tests/Reliability/DirectoryListingFailureTests</c> (through the lister seam, since tests run as root)
/// and by <see cref="PermissionTests"/>.
/// </summary>
public sealed class DirectoryWalkTests
{
    [SymbolicLinksFact]
    public void Analyze_RecursiveWithASymbolicLinkCycle_ReadsEachFileOnceAndSucceeds()
    {
        using var directory = new TempDirectory();
        directory.Write("a.txt", Fixtures.Council);
        directory.Write("sub/b.txt", Fixtures.Harbour);
        Directory.CreateSymbolicLink(Path.Combine(directory.Path, "sub", "loop"), directory.Path);

        var run = CliRun.Invoke("analyze", directory.Path, "--recursive");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(["a", "b"], run.Records.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal("", run.Error);
    }
}

/// <summary>A [Fact] skipped, with the reason, on Windows, where creating symbolic links needs a privilege.</summary>
public sealed class SymbolicLinksFactAttribute : FactAttribute
{
    public SymbolicLinksFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "Creating symbolic links needs a privilege on Windows; the directory walk is the same code there.";
        }
    }
}
