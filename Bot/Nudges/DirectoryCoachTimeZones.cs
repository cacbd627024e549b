using CoachBot.Bot.Outbound;
using CoachBot.Dialogs.Features.Nudges;
using CoachBot.Dialogs.School;
using CoachBot.Dialogs.State;

namespace CoachBot.Bot.Nudges;

/// <summary>
/// A coach's time zone outside a turn, with the usual precedence: the zone they chose (<c>timezone</c>) &gt; the zone their
/// Teams client last reported (kept in the conversation directory) &gt; the school default.
/// </summary>
public sealed class DirectoryCoachTimeZones(UserSettingsStore settings, IConversationDirectory directory, UserTimeZoneResolver resolver) : ICoachTimeZones
{
    public async Task<TimeZoneInfo> ResolveAsync(string coach, CancellationToken cancellationToken)
    {
        var chosen = (await settings.GetAsync(coach, cancellationToken)).TimeZoneId;
        var reported = chosen is null ? (await directory.FindUserAsync(coach, cancellationToken))?.TimeZone : null;
        return resolver.Resolve(chosen, reported, null).Zone;
    }
}
