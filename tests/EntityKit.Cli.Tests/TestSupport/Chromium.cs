using System.Diagnostics;

namespace EntityKit.Cli.Tests.TestSupport;

/// <summary>Headless Chromium, when it is installed (Debian: <c>apt-get install -y chromium</c>; .ci/run installs it).</summary>
internal static class Chromium
{
    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    /// <summary>The browser's path, or null when none is on PATH (or in CHROMIUM_PATH).</summary>
    public static string? Path { get; } = Locate();

    /// <summary>Takes a screenshot of a local HTML file at the given window size, as a PNG.</summary>
    public static byte[] Screenshot(string htmlPath, string pngPath, int width, int height)
    {
        var start = new ProcessStartInfo(Path ?? throw new InvalidOperationException("Chromium is not installed."))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--force-device-scale-factor=1",
            "--force-color-profile=srgb", $"--user-data-dir={System.IO.Path.GetDirectoryName(pngPath)}/chromium-profile",
            $"--window-size={width},{height}", $"--screenshot={pngPath}", new Uri(htmlPath).AbsoluteUri,
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("Chromium did not finish its screenshot within a minute.");
        }

        Assert.True(File.Exists(pngPath), $"Chromium wrote no screenshot (exit code {process.ExitCode}): {stderr.Result}");
        return File.ReadAllBytes(pngPath);
    }

    private static string? Locate()
    {
        if (Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured && File.Exists(configured))
        {
            return configured;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(directory => Names.Select(name => System.IO.Path.Combine(directory, name)))
            .FirstOrDefault(File.Exists);
    }
}

/// <summary>A fact that needs headless Chromium: skipped, saying how to get it, when it is not installed.</summary>
internal sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Path is null)
        {
            Skip = "Headless Chromium is not installed (apt-get install -y chromium, or set CHROMIUM_PATH); .ci/run installs it and runs this test.";
        }
    }
}
