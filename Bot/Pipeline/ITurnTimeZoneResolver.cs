using CoachBot.Bot.Protocol.Activities;

namespace CoachBot.Bot.Pipeline;

/// <summary>Works out the time zone of the user behind an activity (explicit setting first, never silently UTC).</summary>
public interface ITurnTimeZoneResolver
{
    Task<TimeZoneInfo> ResolveAsync(Activity activity, CancellationToken cancellationToken);
}
