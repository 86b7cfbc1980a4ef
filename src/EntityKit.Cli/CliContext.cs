using EntityKit.Cli.Progress;
using EntityKit.Models.English;

namespace EntityKit.Cli;

/// <summary>What a command may use from its surroundings: standard streams and the analyzer to run.</summary>
/// <remarks>Immutable. Tests pass in-memory streams; <c>Program</c> passes the process's own.</remarks>
/// <param name="OpenStandardInput">Opens standard input (read as UTF-8 bytes, so invalid UTF-8 can be reported).</param>
/// <param name="Out">Standard output: results and help.</param>
/// <param name="Error">Standard error: diagnostics.</param>
public sealed record CliContext(Func<Stream> OpenStandardInput, TextWriter Out, TextWriter Error)
{
    /// <summary>Creates the analyzer that <c>analyze</c> runs, with the options the command line asks for (such as
    /// <c>--max-length</c>); defaults to the English model.</summary>
    public Func<AnalyzerOptions, IArticleAnalyzer> CreateAnalyzer { get; init; } = options => EnglishArticleAnalyzer.Create(options);

    /// <summary>Starts the analyzer that <c>analyze</c> runs when dictionaries, patterns or corrections are added to it,
    /// with the options the command line asks for; defaults to the English pipeline.</summary>
    public Func<AnalyzerOptions, ArticleAnalyzerBuilder> CreateAnalyzerBuilder { get; init; } = options => EnglishArticleAnalyzer.CreateBuilder(options);

    /// <summary>How long commands (<c>analyze</c>) report progress and their summary on standard error; none by
    /// default, so that in-process runs write only diagnostics. The tool sets it from whether stderr is a terminal.</summary>
    public ProgressStyle Progress { get; init; } = ProgressStyle.None;

    /// <summary>The width of the terminal standard error writes to, when it is one; live progress lines are cut to it.</summary>
    public int? TerminalWidth { get; init; }
}
