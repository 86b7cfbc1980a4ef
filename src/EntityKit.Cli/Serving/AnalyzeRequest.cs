namespace EntityKit.Cli.Serving;

/// <summary>The JSON body of <c>POST /v1/analyze</c>, as the OpenAPI document describes it: an id and either the
/// text or the HTML of the article.</summary>
/// <param name="Id">The article's identifier, echoed in the answer.</param>
/// <param name="Text">The plain text (or <paramref name="Html"/>).</param>
/// <param name="Html">A web page whose main text is analysed (or <paramref name="Text"/>).</param>
/// <param name="Title">The headline, when the text does not start with it.</param>
internal sealed record AnalyzeRequest(string Id, string? Text, string? Html, string? Title);
