using System.Globalization;
using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.School;

namespace CoachBot.Dialogs.Features.Goals;

/// <summary>"Now" for a coach: the instant, their time zone, their local date and their culture.</summary>
public sealed record GoalClock(DateTimeOffset Now, TimeZoneInfo Zone, CultureInfo Culture)
{
    /// <summary>The coach's local date.</summary>
    public DateOnly Today { get; } = ZonedTime.LocalDate(Now, Zone);

    public static GoalClock Of(TurnInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new GoalClock(input.Now, input.TimeZone, input.Culture);
    }
}
