using EntityKit.Cli.Tests.TestSupport;

namespace EntityKit.Cli.Tests.Reliability;

/// <summary>A [Fact] that is skipped, with the reason, where file permissions cannot be denied: on Windows, and
/// when running as root (root reads everything, so chmod 000 proves nothing).</summary>
public sealed class PermissionsEnforcedFactAttribute : FactAttribute
{
    public PermissionsEnforcedFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "Unix file modes are not available on Windows.";
        }
        else if (Environment.UserName == "root" || GetEffectiveUserIdIsRoot())
        {
            Skip = "Running as root: permissions are not enforced, so an unreadable file or directory cannot be simulated.";
        }
    }

    private static bool GetEffectiveUserIdIsRoot() =>
        File.Exists("/proc/self/status")
        && File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("Uid:", StringComparison.Ordinal))?.Split('\t', StringSplitOptions.RemoveEmptyEntries).ElementAtOrDefault(2) == "0";
}

/// <summary>Unreadable inputs give a clear message naming the path, never a stack trace.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class PermissionTests
{
    [PermissionsEnforcedFact]
    public void Analyze_UnreadableFile_IsAnErrorRecordAndTheOthersAreWritten()
    {
        using var directory = new TempDirectory();
        var locked = directory.Write("a-locked.txt", Fixtures.Council);
        directory.Write("b-open.txt", Fixtures.Harbour);
        File.SetUnixFileMode(locked, UnixFileMode.None);

        var run = CliRun.Invoke("analyze", directory.Path);

        Assert.Equal(ExitCodes.SomeRecordsFailed, run.ExitCode);
        Assert.Equal(["a-locked", "b-open"], run.Records.Select(r => r.GetProperty("id").GetString()));
        Assert.Contains(run.ErrorLines, l => l.Contains(locked, StringComparison.Ordinal) && l.Contains("cannot read", StringComparison.Ordinal));
    }

    [PermissionsEnforcedFact]
    public void Analyze_UnlistableSubdirectory_IsAnErrorRecordNamingItAndTheOthersAreWritten()
    {
        using var directory = new TempDirectory();
        directory.Write("a.txt", Fixtures.Council);
        directory.Write("z.txt", Fixtures.Harbour);
        var locked = Path.Combine(directory.Path, "locked");
        Directory.CreateDirectory(locked);
        File.SetUnixFileMode(locked, UnixFileMode.None);
        try
        {
            var run = CliRun.Invoke("analyze", directory.Path, "--recursive");

            Assert.Equal(ExitCodes.SomeRecordsFailed, run.ExitCode);
            Assert.Equal(["a", locked, "z"], run.Records.Select(r => r.GetProperty("id").GetString()));
            Assert.Contains(run.ErrorLines, l => l.Contains($"{locked}: cannot list directory", StringComparison.Ordinal));
            Assert.DoesNotContain("   at ", run.Error);
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
