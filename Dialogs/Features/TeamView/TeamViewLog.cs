using Microsoft.Extensions.Logging;

namespace CoachBot.Dialogs.Features.TeamView;

/// <summary>The team view's log messages (event ids 5600–5699): counts only.</summary>
internal static partial class TeamViewLog
{
    [LoggerMessage(EventId = 5600, Level = LogLevel.Information, Message = "Team view shown: {Schools} schools, {TooFew} figures from too few people, {HeldBack} held back")]
    public static partial void Shown(ILogger logger, int schools, int tooFew, int heldBack);

    [LoggerMessage(EventId = 5601, Level = LogLevel.Information, Message = "Team view export made: {Rows} rows")]
    public static partial void Exported(ILogger logger, int rows);
}
