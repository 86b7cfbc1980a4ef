using Microsoft.AspNetCore.Http;

namespace EntityKit.Cli.Serving;

/// <summary>The service's error answers: RFC 9457 problem details whose <c>detail</c> says what is wrong.</summary>
internal static class ApiProblems
{
    public static IResult BadRequest(string detail) =>
        Results.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "The request is not a valid article.");

    public static IResult TooLarge(string detail) =>
        Results.Problem(detail, statusCode: StatusCodes.Status413PayloadTooLarge, title: "The request is too large.");

    public static IResult AnalysisFailed(string detail) =>
        Results.Problem(detail, statusCode: StatusCodes.Status500InternalServerError, title: "The article could not be analysed.");

    public static string BodyTooLarge(long limit) =>
        $"The request body is larger than {limit:N0} bytes, the limit of this endpoint (entitykit serve --max-request-bytes / --max-batch-bytes).";
}
