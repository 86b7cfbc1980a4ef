using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using EntityKit.Cli.Tests.TestSupport;
using Xunit.Abstractions;

namespace EntityKit.Cli.Tests.Serving;

/// <summary>
/// A bounded load test on loopback: concurrent clients mixing single articles and batches (with a bad line in each
/// batch) must get every record back exactly once, and never a 5xx. Latency and throughput are printed, not asserted.
/// </summary>
public sealed class ServeLoadTests(ITestOutputHelper output)
{
    private const int Clients = 8;
    private const int RequestsPerClient = 20;
    private const int BatchSize = 5;

    [Fact]
    public async Task ConcurrentClients_EveryRecordAnsweredExactlyOnce_No5xx()
    {
        await using var server = await RunningServer.StartAsync();
        var answered = new ConcurrentDictionary<string, int>();
        var latencies = new ConcurrentBag<double>();
        var statuses = new ConcurrentBag<HttpStatusCode>();
        var expected = new ConcurrentBag<string>();
        // One request of each kind first, so that start-up (JIT, first connection) is not counted as latency.
        (await server.Client.PostAsync("/v1/analyze", new StringContent(Fixtures.JsonLine("warm-up", Fixtures.Harbour), Encoding.UTF8, "application/json"))).Dispose();
        (await server.Client.PostAsync("/v1/analyze/batch", new StringContent(BatchBody(["w1", "w2", "w3"]), Encoding.UTF8, "application/x-ndjson"))).Dispose();

        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(client => Task.Run(async () =>
        {
            for (var request = 0; request < RequestsPerClient; request++)
            {
                var ids = request % 2 == 0
                    ? [$"c{client}-r{request}"]
                    : Enumerable.Range(0, BatchSize).Select(i => $"c{client}-r{request}-{i}").ToArray();
                foreach (var id in ids)
                {
                    expected.Add(id);
                }

                var started = Stopwatch.GetTimestamp();
                using var response = ids.Length == 1
                    ? await server.Client.PostAsync("/v1/analyze", new StringContent(Fixtures.JsonLine(ids[0], Fixtures.Harbour), Encoding.UTF8, "application/json"))
                    : await server.Client.PostAsync("/v1/analyze/batch", new StringContent(BatchBody(ids), Encoding.UTF8, "application/x-ndjson"));
                var body = await response.Content.ReadAsStringAsync();
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                statuses.Add(response.StatusCode);
                foreach (var line in body.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                {
                    answered.AddOrUpdate(JsonDocument.Parse(line).RootElement.GetProperty("id").GetString()!, 1, (_, count) => count + 1);
                }
            }
        })));
        clock.Stop();

        Assert.DoesNotContain(statuses, status => (int)status >= 500);
        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(expected.Order(StringComparer.Ordinal), answered.Keys.Order(StringComparer.Ordinal));
        Assert.All(answered, pair => Assert.Equal(1, pair.Value));

        var sorted = latencies.Order().ToArray();
        output.WriteLine(
            $"serve load: {Clients} clients, {sorted.Length} requests, {answered.Count} records in {clock.Elapsed.TotalSeconds:F2} s: " +
            $"{answered.Count / clock.Elapsed.TotalSeconds:F0} records/s, {sorted.Length / clock.Elapsed.TotalSeconds:F0} requests/s, " +
            $"latency p50 {Percentile(sorted, 0.50):F1} ms, p99 {Percentile(sorted, 0.99):F1} ms");
    }

    /// <summary>A batch of the given ids whose third line is not JSON: its record comes back with an error, under the
    /// id recovered from the line.</summary>
    private static string BatchBody(string[] ids) =>
        string.Join('\n', ids.Select((id, i) => i == 2 ? $"{{\"id\":\"{id}\",\"text\":" : Fixtures.JsonLine(id, Fixtures.Council)));

    private static double Percentile(double[] sorted, double quantile) =>
        sorted[Math.Clamp((int)Math.Ceiling(quantile * sorted.Length) - 1, 0, sorted.Length - 1)];
}
