using EntityKit.Input;
using EntityKit.Json;

namespace EntityKit.Cli.Output;

/// <summary>What an output record carries besides the analysis, from the command line's <c>--tokens</c> and
/// <c>--include-text</c>: a web page's record always carries its extracted text, which its offsets point into.</summary>
/// <param name="IncludeTokens">Every record carries its tokens.</param>
/// <param name="IncludeText">Every record carries its text, boilerplate regions and metadata, not only a web page's.</param>
internal sealed record RecordContent(bool IncludeTokens, bool IncludeText)
{
    private readonly ArticleAnalysisJsonOptions _plainText = new() { IncludeTokens = IncludeTokens, IncludeText = IncludeText };
    private readonly ArticleAnalysisJsonOptions _withText = new() { IncludeTokens = IncludeTokens, IncludeText = true };

    /// <summary>The JSON options for one result.</summary>
    public ArticleAnalysisJsonOptions For(ArticleInputResult result) =>
        CarriesText(result.Input) ? _withText : _plainText;

    /// <summary>True when the record of this input carries its text.</summary>
    public bool CarriesText(ArticleInput input) => IncludeText || input.Format == ArticleInputFormat.Html;
}
