using Microsoft.Extensions.Logging;

namespace EntityKit.Hosting;

/// <summary>EntityKit's log messages (source-generated: no formatting cost when the level is off).</summary>
internal static partial class EntityKitLog
{
    /// <summary>The category of every EntityKit log message.</summary>
    public const string Category = "EntityKit";

    [LoggerMessage(EventId = 1, EventName = "AnalyzerLoading", Level = LogLevel.Debug, Message = "Loading the EntityKit analyzer with the {Model}")]
    public static partial void AnalyzerLoading(ILogger logger, string model);

    [LoggerMessage(EventId = 2, EventName = "AnalyzerReady", Level = LogLevel.Information,
        Message = "EntityKit analyzer ready with the {Model} (layers: {Layers}) in {ElapsedMilliseconds:F0} ms")]
    public static partial void AnalyzerReady(ILogger logger, string model, string layers, double elapsedMilliseconds);

    [LoggerMessage(EventId = 3, EventName = "AnalyzerLoadFailed", Level = LogLevel.Critical, Message = "The EntityKit analyzer with the {Model} could not be built")]
    public static partial void AnalyzerLoadFailed(ILogger logger, string model, Exception exception);

    [LoggerMessage(EventId = 4, EventName = "ArticleRejected", Level = LogLevel.Warning, Message = "Article '{ArticleId}' was not analysed: {Reason}")]
    public static partial void ArticleRejected(ILogger logger, string articleId, string reason);

    [LoggerMessage(EventId = 5, EventName = "ArticleFailed", Level = LogLevel.Error, Message = "Article '{ArticleId}' failed: {ErrorType}: {Reason}")]
    public static partial void ArticleFailed(ILogger logger, string articleId, string errorType, string reason);
}
