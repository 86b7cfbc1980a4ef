namespace EntityKit;

/// <summary>Why an article could not be analysed. The rest of its batch is unaffected.</summary>
/// <remarks>Immutable.</remarks>
/// <param name="Message">What went wrong, for a person.</param>
/// <param name="ExceptionType">The full name of the exception type that caused it, when there was one.</param>
public sealed record AnalysisError(string Message, string? ExceptionType = null)
{
    /// <summary>Describes an exception caught while analysing one article.</summary>
    /// <param name="exception">The exception.</param>
    public static AnalysisError FromException(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return new AnalysisError(exception.Message, exception.GetType().FullName);
    }

    /// <inheritdoc/>
    public override string ToString() => ExceptionType is null ? Message : $"{ExceptionType}: {Message}";
}
