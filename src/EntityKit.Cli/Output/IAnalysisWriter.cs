namespace EntityKit.Cli.Output;

/// <summary>Writes analysis results, one article at a time, in input order.</summary>
internal interface IAnalysisWriter
{
    /// <summary>Writes one article's result.</summary>
    /// <param name="analysis">The result; failed results are written with their error.</param>
    void Write(ArticleAnalysis analysis);
}
