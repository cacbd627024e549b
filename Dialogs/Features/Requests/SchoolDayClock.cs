using CoachBot.Dialogs.School;

namespace CoachBot.Dialogs.Features.Requests;

/// <summary>
/// Time in school days for requests, on the wall clocks of the school's time zone (<c>School:DefaultTimeZone</c>): only
/// school days count (weekends, breaks and the summer gap do not), and CoachBot follows up only during the school day.
/// A wait starts when it was asked; asked outside a school day (an evening, a weekend, a break) it starts at
/// <see cref="DayStarts"/> on the next school day. N school days later is the same time on the N-th school day after that.
/// So a request asked on Friday at 15:00 is two school days old on Tuesday at 15:00, and one asked on Saturday is on
/// Wednesday at 08:00.
/// </summary>
public sealed class SchoolDayClock(SchoolCalendar calendar)
{
    /// <summary>When CoachBot's school day starts: a wait that starts outside school hours starts then.</summary>
    public static readonly TimeOnly DayStarts = new(8, 0);

    /// <summary>When CoachBot's school day ends: a wait that starts later starts on the next school day.</summary>
    public static readonly TimeOnly DayEnds = new(16, 0);

    /// <summary>Ages are counted up to this many school days (about two school years).</summary>
    private const int MaxDays = 400;

    public TimeZoneInfo Zone => calendar.DefaultTimeZone;

    /// <summary>
    /// The instant a wait that started at <paramref name="from"/> has lasted <paramref name="schoolDays"/> school days;
    /// null when there are not that many school days in the next three years (no school year configured ahead).
    /// </summary>
    public DateTimeOffset? After(DateTimeOffset from, int schoolDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(schoolDays);
        if (Start(from) is not (var date, var time))
        {
            return null;
        }

        for (var day = 0; day < schoolDays; day++)
        {
            if (calendar.NextSchoolDay(date.AddDays(1)) is not { } next)
            {
                return null;
            }

            date = next;
        }

        return ZonedTime.ToInstant(date, time, Zone);
    }

    /// <summary>Whole school days a wait that started at <paramref name="from"/> has lasted at <paramref name="now"/>.</summary>
    public int Age(DateTimeOffset from, DateTimeOffset now)
    {
        if (now <= from || Start(from) is not (var date, var time))
        {
            return 0;
        }

        var days = 0;
        while (days < MaxDays && calendar.NextSchoolDay(date.AddDays(1)) is { } next && ZonedTime.ToInstant(next, time, Zone) <= now)
        {
            date = next;
            days++;
        }

        return days;
    }

    /// <summary>"today", "1 school day", "3 school days".</summary>
    public static string Describe(int schoolDays) => schoolDays switch
    {
        <= 0 => "today",
        1 => "1 school day",
        _ => $"{schoolDays.ToString(System.Globalization.CultureInfo.InvariantCulture)} school days",
    };

    /// <summary>The school day and time a wait really starts: <paramref name="from"/>, or the next school day's start.</summary>
    private (DateOnly Date, TimeOnly Time)? Start(DateTimeOffset from)
    {
        var local = TimeZoneInfo.ConvertTime(from, Zone);
        var date = DateOnly.FromDateTime(local.DateTime);
        var time = TimeOnly.FromDateTime(local.DateTime);
        if (calendar.IsSchoolDay(date) && time < DayEnds)
        {
            return (date, time < DayStarts ? DayStarts : time);
        }

        return calendar.NextSchoolDay(date.AddDays(1)) is { } next ? (next, DayStarts) : null;
    }
}
