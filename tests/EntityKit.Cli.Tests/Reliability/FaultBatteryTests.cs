using System.Diagnostics;
using System.Text.Json;
using EntityKit.Cli.Tests.TestSupport;
using EntityKit.Input;

namespace EntityKit.Cli.Tests.Reliability;

/// <summary>
/// The fault battery: the real <c>entitykit</c> process over a directory of hostile inputs. However bad the input,
/// the tool exits 1 (not a crash), names every bad record by file and line on stderr without a stack trace, and
/// writes every good article exactly once, in order, with the bad ones as error records in their place.
/// </summary>
public sealed class FaultBatteryTests
{
    [Fact]
    public void Process_DirectoryOfHostileInputs_ReportsEachBadRecordAndWritesEveryGoodArticleOnce()
    {
        using var inputs = new HostileInputs();

        var (exitCode, stdout, stderr) = EntityKitProcess.Run(
            "", "analyze", inputs.Path, "--max-length", HostileInputs.MaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture), "--threads", "2");

        Assert.Equal(ExitCodes.SomeRecordsFailed, exitCode);
        var records = ParseRecords(stdout);
        AssertGoodArticlesWrittenOnce(records);
        foreach (var (location, problem) in HostileInputs.BadLines)
        {
            Assert.Contains(stderr.Split('\n'), line => line.Contains(location + ":", StringComparison.Ordinal) && line.Contains(problem, StringComparison.Ordinal));
        }

        Assert.Contains($"warning: duplicate id '{HostileInputs.DuplicateId}' at {inputs.MixedJsonl}:14 (first at {inputs.MixedJsonl}:1)", stderr);
        Assert.Contains($"{HostileInputs.BadLines.Length} of {records.Count} records failed", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.DoesNotContain("internal error", stderr);
    }

    [Fact]
    public void Process_HostileJsonlOnStdin_SameRecordsAsFromTheFile()
    {
        using var inputs = new HostileInputs();
        var fromFile = EntityKitProcess.Run("", "analyze", inputs.MixedJsonl, "--max-length", HostileInputs.MaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var fromStdin = EntityKitProcess.Run(
            File.ReadAllBytes(inputs.MixedJsonl), null, "analyze", "-", "--max-length", HostileInputs.MaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(ExitCodes.SomeRecordsFailed, fromStdin.ExitCode);
        // Same records; only the source named in errors and stand-in ids differs.
        Assert.Equal(fromFile.Stdout.Replace(inputs.MixedJsonl, "stdin", StringComparison.Ordinal).Replace("\"mixed.jsonl:", "\"stdin:", StringComparison.Ordinal), fromStdin.Stdout);
        Assert.Contains("stdin:3: invalid JSON", fromStdin.Stderr);
    }

    [Fact]
    public void Process_FileVanishesBetweenListingAndReading_ReportsItAndAnalysesTheRest()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // needs a named pipe (mkfifo) to hold the tool between listing and reading; POSIX only.
        }

        using var directory = new TempDirectory();
        var fifo = Path.Combine(directory.Path, "a-held.jsonl"); // sorted first: the tool blocks reading it
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var vanishing = directory.Write("b-vanishing.txt", Fixtures.Council);
        directory.Write("c-kept.txt", Fixtures.Harbour);

        var (exitCode, stdout, stderr) = EntityKitProcess.Run("", () =>
        {
            // Opening the pipe for writing waits until the tool has listed the directory and opened the pipe to
            // read it; only then is the next file deleted, so the tool listed it but cannot read it.
            using var writer = new StreamWriter(fifo);
            File.Delete(vanishing);
            writer.Write(Fixtures.JsonLine("held", Fixtures.Unicode) + "\n");
        }, "analyze", directory.Path);

        Assert.Equal(ExitCodes.SomeRecordsFailed, exitCode);
        Assert.Equal(["held", "b-vanishing", "c-kept"], ParseRecords(stdout).Select(r => r.GetProperty("id").GetString()));
        Assert.Contains($"{vanishing}: cannot read", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public void Process_MaxLengthBelowOne_IsAUsageError()
    {
        var (exitCode, stdout, stderr) = EntityKitProcess.Run("", "analyze", "-", "--max-length", "0");

        Assert.Equal(ExitCodes.UsageError, exitCode);
        Assert.Equal("", stdout);
        Assert.Contains("--max-length must be at least 1", stderr);
    }

    private static List<JsonElement> ParseRecords(string stdout) =>
        stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.Clone()).ToList();

    private static void AssertGoodArticlesWrittenOnce(List<JsonElement> records)
    {
        var succeeded = records.Where(r => !r.TryGetProperty("error", out var e) || e.ValueKind == JsonValueKind.Null)
            .Select(r => r.GetProperty("id").GetString()!).ToList();
        foreach (var id in HostileInputs.GoodIds)
        {
            Assert.Single(succeeded, id);
        }

        Assert.Equal(2, succeeded.Count(id => id == HostileInputs.DuplicateId));
        Assert.Equal(HostileInputs.GoodIds.Length + 2, succeeded.Count);
    }
}
