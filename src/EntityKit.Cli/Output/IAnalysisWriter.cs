using EntityKit.Input;

namespace EntityKit.Cli.Output;

/// <summary>Writes analysis results, one article at a time, in input order.</summary>
internal interface IAnalysisWriter
{
    /// <summary>Writes one article's result.</summary>
    /// <param name="result">The record as read and its analysis; failed analyses are written with their error.</param>
    void Write(ArticleInputResult result);
}
