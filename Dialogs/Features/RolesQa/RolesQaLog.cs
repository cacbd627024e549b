using Microsoft.Extensions.Logging;

namespace CoachBot.Dialogs.Features.RolesQa;

/// <summary>The roles Q&amp;A's log messages (event ids 5100–5199). None holds words anyone typed.</summary>
internal static partial class RolesQaLog
{
    [LoggerMessage(EventId = 5101, Level = LogLevel.Information, Message = "Answer on {TopicId} rated {Rating}")]
    public static partial void Rated(ILogger logger, string topicId, string rating);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Information, Message = "Rating refused: {Reason}")]
    public static partial void RatingRefused(ILogger logger, string reason);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Debug, Message = "Kept an unanswered question ({Length} characters) until {Until}")]
    public static partial void UnansweredKept(ILogger logger, int length, DateTimeOffset until);

    [LoggerMessage(EventId = 5104, Level = LogLevel.Information, Message = "Deleted {Count} unanswered question(s) older than {Days} days")]
    public static partial void UnansweredPurged(ILogger logger, int count, int days);

    [LoggerMessage(EventId = 5105, Level = LogLevel.Information, Message = "Q&A report shown: {Topics} topics, {Questions} questions")]
    public static partial void ReportShown(ILogger logger, int topics, int questions);
}
