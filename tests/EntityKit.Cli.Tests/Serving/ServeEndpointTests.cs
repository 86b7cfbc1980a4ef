using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using EntityKit.Cli.Serving;
using EntityKit.Cli.Tests.TestSupport;

namespace EntityKit.Cli.Tests.Serving;

public sealed class ServeEndpointTests
{
    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<JsonElement> ProblemOf(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task AnalyzeOne_JsonText_ReturnsTheArticlesRecord()
    {
        await using var server = await RunningServer.StartAsync();

        using var response = await server.Client.PostAsync("/v1/analyze", Json(Fixtures.JsonLine("ci-1", "Lloyd Austin visited Baghdad. It rained.")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.StartsWith(
            "{\"id\":\"ci-1\",\"sentences\":[{\"start\":0,\"end\":29},{\"start\":30,\"end\":40}],\"mentions\":[{\"start\":0,\"end\":12,\"text\":\"Lloyd Austin\",\"type\":\"PERSON\"",
            body,
            StringComparison.Ordinal);
        Assert.EndsWith("\"error\":null}\n", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnalyzeOne_JsonHtml_AnalysesTheMainTextOfThePage()
    {
        await using var server = await RunningServer.StartAsync();
        const string html = "<html><head><title>Visit</title></head><body><article><p>Lloyd Austin visited Baghdad on Monday and met officials there for talks.</p></article></body></html>";

        using var response = await server.Client.PostAsync("/v1/analyze", Json(JsonSerializer.Serialize(new { id = "page-1", html })));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var record = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("page-1", record.GetProperty("id").GetString());
        Assert.Contains(record.GetProperty("mentions").EnumerateArray(), m => m.GetProperty("text").GetString() == "Lloyd Austin");
    }

    [Theory]
    [InlineData("text/plain", "Lloyd Austin visited Baghdad.")]
    [InlineData("text/html", "<p>Lloyd Austin visited Baghdad.</p>")]
    public async Task AnalyzeOne_PlainOrHtmlBodyWithIdInQuery_ReturnsTheRecord(string mediaType, string body)
    {
        await using var server = await RunningServer.StartAsync();

        using var response = await server.Client.PostAsync("/v1/analyze?id=q-1", new StringContent(body, Encoding.UTF8, mediaType));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var record = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("q-1", record.GetProperty("id").GetString());
        Assert.Contains(record.GetProperty("mentions").EnumerateArray(), m => m.GetProperty("text").GetString() == "Lloyd Austin");
    }

    [Theory]
    [InlineData("{\"id\":\"a\",\"text\":", "invalid JSON")]
    [InlineData("{\"id\":\"a\"}", "missing \"text\"")]
    [InlineData("{\"id\":\"a\",\"text\":\"x\",\"html\":\"<p>x</p>\"}", "both \"text\" and \"html\"")]
    [InlineData("{\"html\":\"<p>x</p>\"}", "no string \"id\"")]
    [InlineData("", "request body is empty")]
    public async Task AnalyzeOne_InvalidArticle_Is400SayingWhatIsWrong(string body, string expected)
    {
        await using var server = await RunningServer.StartAsync();

        using var response = await server.Client.PostAsync("/v1/analyze", Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, (await ProblemOf(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AnalyzeOne_PageNestedTooDeep_Is400NamingTheNesting(bool asJson)
    {
        await using var server = await RunningServer.StartAsync();
        var page = string.Concat(Enumerable.Repeat("<div>", 1000)) + "Lloyd Austin";
        using var content = asJson
            ? Json(JsonSerializer.Serialize(new { id = "deep", html = page }))
            : new StringContent(page, Encoding.UTF8, "text/html");

        using var response = await server.Client.PostAsync(asJson ? "/v1/analyze" : "/v1/analyze?id=deep", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("nests elements deeper", (await ProblemOf(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnalyzeOne_PlainTextWithoutId_Is400()
    {
        await using var server = await RunningServer.StartAsync();

        using var response = await server.Client.PostAsync("/v1/analyze", new StringContent("Some text.", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("?id=", (await ProblemOf(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AnalyzeOne_BodyOverTheLimit_Is413NamingTheLimit(bool chunked)
    {
        await using var server = await RunningServer.StartAsync(new ServeOptions { MaxRequestBytes = 1000 });
        var content = Json(Fixtures.JsonLine("big", new string('a', 2000)));
        if (chunked)
        {
            content.Headers.ContentLength = null;
            await content.LoadIntoBufferAsync();
            content = new StringContent(await content.ReadAsStringAsync(), Encoding.UTF8, "application/json");
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/analyze") { Content = content };
        request.Headers.TransferEncodingChunked = chunked;
        using var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("larger than 1,000 bytes", (await ProblemOf(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnalyzeOne_ArticleLongerThanMaxLength_Is413()
    {
        await using var server = await RunningServer.StartAsync(new ServeOptions { MaxArticleLength = 50 });

        using var response = await server.Client.PostAsync("/v1/analyze", Json(Fixtures.JsonLine("long", new string('a', 60))));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("long", (await ProblemOf(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnalyzeBatch_GoodAndBadLines_StreamsOneRecordPerLineInInputOrder()
    {
        await using var server = await RunningServer.StartAsync(new ServeOptions { MaxArticleLength = 200, BatchThreads = 2 });
        var lines = new[]
        {
            Fixtures.JsonLine("b-1", Fixtures.Harbour),
            "{\"id\":\"b-2\",\"text\":",
            Fixtures.JsonLine("b-3", Fixtures.Council),
            Fixtures.JsonLine("b-4", new string('x', 201)),
            "",
            Fixtures.JsonLine("b-5", "Lloyd Austin visited Baghdad."),
        };

        using var response = await server.Client.PostAsync(
            "/v1/analyze/batch", new StringContent(string.Join('\n', lines), Encoding.UTF8, "application/x-ndjson"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        var records = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(["b-1", "b-2", "b-3", "b-4", "b-5"], records.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal([false, true, false, true, false], records.Select(r => r.GetProperty("error").ValueKind == JsonValueKind.String));
        Assert.StartsWith("request:2: invalid JSON", records[1].GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnalyzeBatch_BodyOverTheLimit_Is413()
    {
        await using var server = await RunningServer.StartAsync(new ServeOptions { MaxBatchBytes = 100 });

        using var response = await server.Client.PostAsync(
            "/v1/analyze/batch", new StringContent(Fixtures.JsonLine("a", new string('a', 200)), Encoding.UTF8, "application/x-ndjson"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("larger than 100 bytes", (await ProblemOf(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnalyzeBatch_LargerThanTheSingleArticleLimit_IsAccepted()
    {
        await using var server = await RunningServer.StartAsync(new ServeOptions { MaxRequestBytes = 200, MaxBatchBytes = 100_000 });
        var body = string.Join('\n', Enumerable.Range(1, 20).Select(i => Fixtures.JsonLine($"r{i}", Fixtures.Council)));

        using var response = await server.Client.PostAsync("/v1/analyze/batch", new StringContent(body, Encoding.UTF8, "application/x-ndjson"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(20, (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Health_AnalyzerWorks_IsHealthy()
    {
        await using var server = await RunningServer.StartAsync();

        using var response = await server.Client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Metrics_AfterAnAnalysis_ExposesEntityKitCountersAsPrometheusText()
    {
        await using var server = await RunningServer.StartAsync();
        (await server.Client.PostAsync("/v1/analyze", Json(Fixtures.JsonLine("m-1", "Lloyd Austin visited Baghdad.")))).Dispose();

        using var response = await server.Client.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("# TYPE entitykit_articles_total counter", text, StringComparison.Ordinal);
        Assert.Contains("entitykit_analysis_duration_seconds_bucket", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_DescribesBothAnalyzeEndpoints()
    {
        await using var server = await RunningServer.StartAsync();

        var document = JsonDocument.Parse(await server.Client.GetStringAsync(EntityKitServer.OpenApiPath)).RootElement;

        var paths = document.GetProperty("paths");
        Assert.Equal("AnalyzeArticle", paths.GetProperty("/v1/analyze").GetProperty("post").GetProperty("operationId").GetString());
        Assert.Equal("AnalyzeBatch", paths.GetProperty("/v1/analyze/batch").GetProperty("post").GetProperty("operationId").GetString());
        Assert.True(paths.GetProperty("/v1/analyze").GetProperty("post").GetProperty("responses").TryGetProperty("413", out _));
        var single = paths.GetProperty("/v1/analyze").GetProperty("post").GetProperty("requestBody").GetProperty("content");
        Assert.True(single.GetProperty("application/json").TryGetProperty("schema", out _));
        Assert.True(paths.GetProperty("/v1/analyze/batch").GetProperty("post").GetProperty("requestBody").GetProperty("content").TryGetProperty("application/x-ndjson", out _));
    }

    [Fact]
    public async Task AnalyzeOne_UnsupportedContentType_Is400NamingWhatToSend()
    {
        await using var server = await RunningServer.StartAsync();

        using var response = await server.Client.PostAsync("/v1/analyze", new StringContent("<a/>", Encoding.UTF8, "application/xml"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("send application/json", (await ProblemOf(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnalyzeBatch_AnyContentType_IsReadAsJsonLines()
    {
        await using var server = await RunningServer.StartAsync();

        using var response = await server.Client.PostAsync(
            "/v1/analyze/batch", new StringContent(Fixtures.JsonLine("f-1", "Paris is nice."), Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("{\"id\":\"f-1\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_AllSlotsAndQueueTaken_Is503WithRetryAfter()
    {
        var analyzer = new GatedAnalyzer();
        await using var server = await RunningServer.StartAsync(new ServeOptions { MaxConcurrentRequests = 1, MaxQueuedRequests = 0 }, analyzer);
        var first = server.Client.PostAsync("/v1/analyze", Json(Fixtures.JsonLine("slow", "Lloyd Austin visited Baghdad.")));
        await analyzer.Entered.WaitAsync(TimeSpan.FromSeconds(30));

        using var refused = await server.Client.PostAsync("/v1/analyze", Json(Fixtures.JsonLine("second", "It rained.")));
        analyzer.Open();
        using var answered = await first;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), refused.Headers.RetryAfter?.Delta);
        Assert.Contains("retry later", (await ProblemOf(refused)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
    }

    [Fact]
    public async Task Stop_WithABatchInFlight_FinishesItBeforeStopping()
    {
        var analyzer = new GatedAnalyzer();
        var server = await RunningServer.StartAsync(new ServeOptions { ShutdownTimeout = TimeSpan.FromSeconds(30) }, analyzer);
        var body = string.Join('\n', Enumerable.Range(1, 10).Select(i => Fixtures.JsonLine($"s{i}", Fixtures.Harbour)));
        var inFlight = server.Client.PostAsync("/v1/analyze/batch", new StringContent(body, Encoding.UTF8, "application/x-ndjson"));
        await analyzer.Entered.WaitAsync(TimeSpan.FromSeconds(30));

        var stopping = server.App.StopAsync();
        await Task.Delay(200);
        Assert.False(stopping.IsCompleted, "the service stopped while a request was in flight");
        analyzer.Open();
        using var response = await inFlight;
        await stopping;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var ids = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("id").GetString());
        Assert.Equal(Enumerable.Range(1, 10).Select(i => $"s{i}"), ids);
        await Assert.ThrowsAsync<HttpRequestException>(() => server.Client.GetAsync("/health"));
        await server.App.DisposeAsync();
        server.Client.Dispose();
    }
}
