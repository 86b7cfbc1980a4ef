using System.Diagnostics;
using System.Text.Json;
using EntityKit.Cli.Tests.TestSupport;

namespace EntityKit.Cli.Tests.Samples;

/// <summary>samples/DaskRecipe on a real local Dask cluster of 2 worker processes.</summary>
public sealed class DaskRecipeTests
{
    [DaskFact]
    public void DaskRecipe_TwoWorkers_EveryIdComesBackExactlyOnceErrorsIncluded()
    {
        using var directory = new TempDirectory();
        var expected = new List<(string Id, bool Error)>();
        for (var shard = 0; shard < 5; shard++)
        {
            var lines = new List<string>();
            for (var i = 0; i < 4; i++)
            {
                var id = $"s{shard}-{i}";
                var broken = i == 3 && shard % 2 == 0;
                lines.Add(broken ? $"{{\"id\":\"{id}\",\"text\":" : Fixtures.JsonLine(id, i % 2 == 0 ? Fixtures.Harbour : Fixtures.Council));
                expected.Add((id, broken));
                if (i == 1)
                {
                    lines.Add("   ");
                }
            }

            directory.Write($"shard-{shard}.jsonl", string.Join('\n', lines) + "\n");
        }

        var output = System.IO.Path.Combine(directory.Path, "out");
        var (exitCode, stdout, stderr) = RunRecipe(
            "--shards", System.IO.Path.Combine(directory.Path, "*.jsonl"), "--output", output, "--workers", "2",
            "--entitykit", $"dotnet {System.IO.Path.Combine(AppContext.BaseDirectory, "EntityKit.Cli.dll")}");

        Assert.True(exitCode == 0, $"the recipe failed ({exitCode}): {stderr}");
        var records = Directory.GetFiles(output, "*.entities.jsonl")
            .SelectMany(File.ReadAllLines)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Select(record => (Id: record.GetProperty("id").GetString()!, Error: record.GetProperty("error").ValueKind == JsonValueKind.String))
            .ToList();
        Assert.Equal(expected.OrderBy(r => r.Id, StringComparer.Ordinal), records.OrderBy(r => r.Id, StringComparer.Ordinal));

        var summary = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(20, summary.GetProperty("records").GetInt32());
        Assert.Equal(3, summary.GetProperty("errors").GetInt32());
        var processes = summary.GetProperty("shards").EnumerateArray()
            .Select(s => (Worker: s.GetProperty("worker").GetString(), Pid: s.GetProperty("entitykit_pid").GetInt32()))
            .Distinct().ToList();
        Assert.InRange(processes.Count, 1, 2);
        Assert.Equal(processes.Count, processes.Select(p => p.Worker).Distinct().Count());
    }

    private static (int ExitCode, string Stdout, string Stderr) RunRecipe(params string[] args)
    {
        var start = new ProcessStartInfo(DaskPython.Path!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(System.IO.Path.Combine(RepositoryRoot(), "samples", "DaskRecipe", "entitykit_dask.py"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("the Dask recipe did not finish within 3 minutes.");
        }

        return (process.ExitCode, stdout, stderr.Result);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "EntityKit.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("EntityKit.sln not found above the test binaries.");
    }
}
