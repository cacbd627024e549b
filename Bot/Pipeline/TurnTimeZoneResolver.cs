using CoachBot.Bot.Protocol.Activities;
using CoachBot.Dialogs.School;
using CoachBot.Dialogs.State;

namespace CoachBot.Bot.Pipeline;

/// <summary>
/// A user's time zone: what they set with <c>timezone</c> &gt; the activity's <c>localTimezone</c> &gt; the
/// clientInfo entity's <c>timezone</c> &gt; the school default — never silently UTC.
/// </summary>
public sealed class TurnTimeZoneResolver(UserSettingsStore settings, UserTimeZoneResolver resolver) : ITurnTimeZoneResolver
{
    public async Task<TimeZoneInfo> ResolveAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var user = ActivityMapper.UserOf(activity);
        var chosen = (await settings.GetAsync(user.Key, cancellationToken)).TimeZoneId;
        return resolver.Resolve(chosen, activity.LocalTimezone, ActivityMapper.ClientInfo(activity, "timezone")).Zone;
    }
}
