namespace EntityKit.Recognition;

/// <summary>
/// A model file could not be loaded because it is not a valid EntityKit model: truncated, wrong magic number, a
/// format version from the future, a checksum mismatch, or inconsistent content. The message says exactly what.
/// </summary>
public sealed class ModelFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong with the model.</param>
    public ModelFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the error that revealed the problem.</summary>
    /// <param name="message">What is wrong with the model.</param>
    /// <param name="innerException">The underlying error.</param>
    public ModelFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
