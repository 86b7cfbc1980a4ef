namespace EntityKit.Cli;

/// <summary>The command cannot run as asked (a bad path or option value); reported as one line with exit code 2.</summary>
internal sealed class CliUsageException(string message, Exception? innerException = null) : Exception(message, innerException);
