using System.Diagnostics;

namespace EntityKit.Cli.Tests.TestSupport;

/// <summary>A Python 3 that can import Dask distributed (Debian: <c>apt-get install -y python3-distributed</c>, which
/// .ci/run installs), or null. Debian's /usr/bin/python3 is tried after the one on PATH.</summary>
internal static class DaskPython
{
    public static string? Path { get; } = new[] { "python3", "/usr/bin/python3" }.FirstOrDefault(CanImportDistributed);

    private static bool CanImportDistributed(string python)
    {
        try
        {
            var start = new ProcessStartInfo(python) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add("import distributed");
            using var process = Process.Start(start)!;
            process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            return process.WaitForExit(60_000) && process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}

/// <summary>A fact that needs Dask distributed: skipped, saying how to get it, when no Python can import it.</summary>
internal sealed class DaskFactAttribute : FactAttribute
{
    public DaskFactAttribute()
    {
        if (DaskPython.Path is null)
        {
            Skip = "Python 3 with Dask distributed is not installed (apt-get install -y python3-distributed); .ci/run installs it and runs this test.";
        }
    }
}
