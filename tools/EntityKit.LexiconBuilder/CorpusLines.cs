using System.Diagnostics;
using System.Text;

namespace EntityKit.LexiconBuilder;

/// <summary>Streams the lines of a text file, decompressing <c>.xz</c> files through the <c>xz</c> command.</summary>
internal static class CorpusLines
{
    public static IEnumerable<string> Read(string path)
    {
        if (!path.EndsWith(".xz", StringComparison.Ordinal))
        {
            foreach (var line in File.ReadLines(path, Encoding.UTF8))
            {
                yield return line;
            }

            yield break;
        }

        var start = new ProcessStartInfo("xz", ["-dc", path])
        {
            RedirectStandardOutput = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start xz.");
        while (process.StandardOutput.ReadLine() is { } line)
        {
            yield return line;
        }

        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"xz -dc {path} exited with {process.ExitCode}.");
        }
    }
}
