using System.Text;
using EntityKit.Input;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.OpenApi;

namespace EntityKit.Cli.Serving;

/// <summary><c>POST /v1/analyze</c> (one article) and <c>POST /v1/analyze/batch</c> (JSONL in, JSONL out).</summary>
internal sealed class AnalyzeEndpoints(IArticleAnalyzer analyzer, ServeOptions options)
{
    /// <summary>The name of the concurrency limit both endpoints share.</summary>
    public const string ConcurrencyPolicy = "analysis";

    private const string JsonLinesMediaType = "application/x-ndjson";
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/v1/analyze", (Func<HttpContext, Task<IResult>>)AnalyzeOneAsync)
            .WithName("AnalyzeArticle")
            .WithSummary("Analyse one article")
            .WithDescription("Body: a JSON object {\"id\", \"text\"} or {\"id\", \"html\"} (optional \"title\", \"url\", \"published\", \"language\"), or a text/plain or text/html body with ?id=. Answer: the article's record of docs/FORMAT.md (sentences, mentions, entities).")
            .AddOpenApiOperationTransformer(async (operation, context, cancellationToken) => operation.RequestBody = RequestBody(
                ("application/json", await context.GetOrCreateSchemaAsync(typeof(AnalyzeRequest), null, cancellationToken)),
                ("text/plain", null),
                ("text/html", null)))
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .RequireRateLimiting(ConcurrencyPolicy);

        routes.MapPost("/v1/analyze/batch", (Func<HttpContext, Task>)AnalyzeBatchAsync)
            .WithName("AnalyzeBatch")
            .WithSummary("Analyse a batch of articles (JSON Lines)")
            .WithDescription("Body: JSON Lines, one {\"id\", \"text\"} object per line, as for 'entitykit analyze -'. Answer: JSON Lines streamed as they are ready, one record per input line in input order; a line that cannot be read or analysed is a record with \"error\" set, and the others go on.")
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                operation.RequestBody = RequestBody((JsonLinesMediaType, null), ("application/jsonl", null), ("text/plain", null));
                return Task.CompletedTask;
            })
            .Produces(StatusCodes.Status200OK, contentType: JsonLinesMediaType)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .RequireRateLimiting(ConcurrencyPolicy);
    }

    /// <summary>The request body the OpenAPI document shows. Declared here rather than with <c>Accepts</c>, which would
    /// also make routing refuse other content types with a bare 415; the handlers answer those with a 400 that says
    /// what to send.</summary>
    private static OpenApiRequestBody RequestBody(params (string MediaType, OpenApiSchema? Schema)[] mediaTypes) => new()
    {
        Required = true,
        Content = mediaTypes.ToDictionary(m => m.MediaType, m => new OpenApiMediaType { Schema = m.Schema }),
    };

    private async Task<IResult> AnalyzeOneAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.ContentLength > options.MaxRequestBytes)
        {
            return ApiProblems.TooLarge(ApiProblems.BodyTooLarge(options.MaxRequestBytes));
        }

        byte[] body;
        try
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, context.RequestAborted);
            body = buffer.ToArray();
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return ApiProblems.TooLarge(ApiProblems.BodyTooLarge(options.MaxRequestBytes));
        }

        var input = AnalyzeRequestReader.Read(body, request.ContentType, request.Query["id"], out var problem);
        if (input?.Article is not { } article)
        {
            return ApiProblems.BadRequest(problem!);
        }

        ArticleAnalysis analysis;
        try
        {
            analysis = analyzer.Analyze(article, context.RequestAborted);
        }
        catch (ArticleTooLongException exception)
        {
            return ApiProblems.TooLarge(exception.Message);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return ApiProblems.AnalysisFailed($"Article '{article.Id}': {exception.GetType().Name}: {exception.Message}");
        }

        using var record = new StringWriter();
        options.CreateRecordWriter(record).Write(new ArticleInputResult(input, analysis));
        return Results.Text(record.ToString(), "application/json", Utf8);
    }

    private async Task AnalyzeBatchAsync(HttpContext context)
    {
        if (context.Request.ContentLength > options.MaxBatchBytes)
        {
            await ApiProblems.TooLarge(ApiProblems.BodyTooLarge(options.MaxBatchBytes)).ExecuteAsync(context);
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeLimit)
        {
            sizeLimit.MaxRequestBodySize = options.MaxBatchBytes;
        }

        // The JSONL reader and the batch engine are synchronous and stream: run them on a thread of their own (one
        // per request in flight, bounded by the concurrency limit) with synchronous body I/O allowed for this request.
        if (context.Features.Get<IHttpBodyControlFeature>() is { } bodyControl)
        {
            bodyControl.AllowSynchronousIO = true;
        }

        context.Response.ContentType = JsonLinesMediaType;
        await context.Response.StartAsync(context.RequestAborted);
        await Task.Factory.StartNew(
            () => WriteBatch(context.Request.Body, context.Response.Body, context.RequestAborted),
            context.RequestAborted,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
    }

    private void WriteBatch(Stream input, Stream output, CancellationToken cancellationToken)
    {
        using var writer = new StreamWriter(output, Utf8, bufferSize: 16 * 1024, leaveOpen: true);
        var records = options.CreateRecordWriter(writer);
        var batch = new BatchOptions { MaxDegreeOfParallelism = options.BatchThreads };
        foreach (var result in analyzer.AnalyzeInputs(JsonlArticleReader.Read(input, "request"), batch, cancellationToken))
        {
            records.Write(result);
            writer.Flush();
        }
    }
}
