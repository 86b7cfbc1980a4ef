namespace EntityKit.Dictionaries;

/// <summary>A dictionary, pattern or correction file is malformed; the message names the file and the line.</summary>
public sealed class CustomizationFileException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="filePath">The file (or a name for the source).</param>
    /// <param name="lineNumber">The 1-based line, or 0 when the problem is not on one line.</param>
    /// <param name="problem">What is wrong, without the location.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public CustomizationFileException(string filePath, long lineNumber, string problem, Exception? innerException = null)
        : base(lineNumber > 0 ? $"{filePath}:{lineNumber}: {problem}" : $"{filePath}: {problem}", innerException)
    {
        FilePath = filePath;
        LineNumber = lineNumber;
        Problem = problem;
    }

    /// <summary>The file.</summary>
    public string FilePath { get; }

    /// <summary>The 1-based line, or 0.</summary>
    public long LineNumber { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }
}
