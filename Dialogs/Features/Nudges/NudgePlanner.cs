using CoachBot.Dialogs.School;
using Microsoft.Extensions.Options;

namespace CoachBot.Dialogs.Features.Nudges;

/// <summary>A planned weekly nudge: the school week it is for (its first day) and the instant it is due.</summary>
public sealed record NudgePlan(DateOnly Week, DateTimeOffset Due);

/// <summary>
/// When nudges are due, a pure function of the school calendar, the coach's schedule and their time zone. A week's nudge
/// comes on the coach's day at their time on their own clock; when that day is no school day (a holiday, a break) it comes
/// on the next school day instead, at the same time. A nudge belongs to the school week it is sent in, and a week gets
/// one weekly nudge.
/// </summary>
public sealed class NudgePlanner(SchoolCalendar calendar, IOptions<NudgesOptions> options)
{
    private const int WeeksAhead = 60;

    public SchoolCalendar Calendar => calendar;

    public DayOfWeek DayOf(NudgeSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return schedule.Day ?? calendar.WeekStart;
    }

    public TimeOnly TimeOf(NudgeSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return schedule.Time ?? TimeOnly.FromTimeSpan(options.Value.DefaultTime);
    }

    /// <summary>The first day of the week that holds <paramref name="date"/>: a nudge's week key.</summary>
    public DateOnly WeekOf(DateOnly date) => calendar.GetWeek(date).Start;

    /// <summary>
    /// The next weekly nudge due strictly after <paramref name="after"/>: not for a week already done
    /// (<see cref="NudgeSchedule.LastWeek"/>) or skipped; null when no school day lies ahead.
    /// </summary>
    public NudgePlan? Next(NudgeSchedule schedule, TimeZoneInfo zone, DateTimeOffset after)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(zone);
        var first = WeekOf(ZonedTime.LocalDate(after, zone)).AddDays(-7);
        for (var i = 0; i < WeeksAhead; i++)
        {
            if (Candidate(schedule, zone, first.AddDays(7 * i)) is not { } plan)
            {
                return null;
            }

            if ((schedule.LastWeek is { } last && plan.Week <= last) || plan.Week == schedule.SkipWeek || plan.Due <= after)
            {
                continue;
            }

            return plan;
        }

        return null;
    }

    /// <summary>When the nudge of school week <paramref name="week"/> is due with this schedule and zone; null when that week has none.</summary>
    public DateTimeOffset? DueIn(NudgeSchedule schedule, TimeZoneInfo zone, DateOnly week)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(zone);
        foreach (var from in new[] { week.AddDays(-7), week })
        {
            if (Candidate(schedule, zone, from) is { } plan && plan.Week == week)
            {
                return plan.Due;
            }
        }

        return null;
    }

    /// <summary>The snooze: the next school day after <paramref name="today"/>, at the coach's nudge time.</summary>
    public DateTimeOffset? NextSchoolDay(NudgeSchedule schedule, TimeZoneInfo zone, DateOnly today) =>
        calendar.NextSchoolDay(today.AddDays(1)) is { } day ? ZonedTime.ToInstant(day, TimeOf(schedule), zone) : null;

    /// <summary>The nudge of the week starting <paramref name="weekStart"/>: its day, moved to the next school day.</summary>
    private NudgePlan? Candidate(NudgeSchedule schedule, TimeZoneInfo zone, DateOnly weekStart)
    {
        var nominal = weekStart.AddDays(((int)DayOf(schedule) - (int)calendar.WeekStart + 7) % 7);
        if (calendar.NextSchoolDay(nominal) is not { } date)
        {
            return null;
        }

        return new NudgePlan(WeekOf(date), ZonedTime.ToInstant(date, TimeOf(schedule), zone));
    }
}
