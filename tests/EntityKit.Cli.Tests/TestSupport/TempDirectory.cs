using System.Text;

namespace EntityKit.Cli.Tests.TestSupport;

/// <summary>A fresh directory for one test's fixture files, deleted afterwards.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "entitykit-cli-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Writes a UTF-8 file (no byte-order mark) and returns its full path.</summary>
    public string Write(string name, string content) => WriteBytes(name, Encoding.UTF8.GetBytes(content));

    /// <summary>Writes a file byte for byte and returns its full path.</summary>
    public string WriteBytes(string name, byte[] content)
    {
        var path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is harmless.
        }
    }
}
