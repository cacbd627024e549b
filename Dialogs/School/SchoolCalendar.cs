using System.Globalization;
using Microsoft.Extensions.Options;

namespace CoachBot.Dialogs.School;

/// <summary>
/// The school's calendar, a pure function of <see cref="SchoolOptions"/>: school years, breaks, school days and
/// weeks, and local times of day in a time zone. Dates are local dates; turn an instant into one with
/// <see cref="ZonedTime.LocalDate"/> in the user's zone.
/// </summary>
public sealed class SchoolCalendar
{
    private const int SearchDays = 3 * 366;
    private readonly SchoolCalendarSettings _settings;

    /// <summary>Builds the calendar; invalid options throw <see cref="OptionsValidationException"/> naming each key.</summary>
    public SchoolCalendar(SchoolOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _settings = SchoolOptionsParser.Parse(options, out var errors)
            ?? throw new OptionsValidationException(SchoolOptions.SectionName, typeof(SchoolOptions), errors);
    }

    /// <summary>The zone for anyone whose own zone is unknown (<c>School:DefaultTimeZone</c>).</summary>
    public TimeZoneInfo DefaultTimeZone => _settings.DefaultTimeZone;

    public DayOfWeek WeekStart => _settings.WeekStart;

    public IReadOnlySet<DayOfWeek> SchoolDays => _settings.SchoolDays;

    public IReadOnlyList<SchoolBreak> Breaks => _settings.Breaks;

    /// <summary>
    /// The school year that started most recently on or before <paramref name="date"/>. Between the end of one year and
    /// the start of the next (a summer gap) this is the year that just ended: check <see cref="SchoolYear.Contains"/>.
    /// </summary>
    public SchoolYear GetSchoolYear(DateOnly date)
    {
        var (startMonth, startDay) = _settings.YearStart;
        var (endMonth, endDay) = _settings.YearEnd;
        var start = new DateOnly(date.Year, startMonth, startDay);
        if (start > date)
        {
            start = start.AddYears(-1);
        }

        var endsSameCalendarYear = (endMonth, endDay).CompareTo((startMonth, startDay)) > 0;
        var end = new DateOnly(endsSameCalendarYear ? start.Year : start.Year + 1, endMonth, endDay);
        var label = start.Year == end.Year
            ? start.Year.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{start.Year}\u2013{end.Year % 100:00}");
        return new SchoolYear(start, end, label);
    }

    /// <summary>The break that covers <paramref name="date"/>, if any.</summary>
    public SchoolBreak? FindBreak(DateOnly date) => _settings.Breaks.FirstOrDefault(item => item.Contains(date));

    /// <summary>A school day: inside a school year, on a school weekday, not in a break.</summary>
    public bool IsSchoolDay(DateOnly date) => IsSchoolDayIn(GetSchoolYear(date), date);

    /// <summary>The week (starting on <see cref="WeekStart"/>) that contains <paramref name="date"/>.</summary>
    public DateRange GetWeek(DateOnly date)
    {
        var back = ((int)date.DayOfWeek - (int)_settings.WeekStart + 7) % 7;
        var start = date.AddDays(-back);
        return new DateRange(start, start.AddDays(6));
    }

    /// <summary>The first school day on or after <paramref name="date"/>; null if none in the next three years.</summary>
    public DateOnly? NextSchoolDay(DateOnly date)
    {
        for (var i = 0; i < SearchDays; i++)
        {
            var day = date.AddDays(i);
            if (IsSchoolDay(day))
            {
                return day;
            }
        }

        return null;
    }

    /// <summary>
    /// How many weeks of <paramref name="date"/>'s school year have had a school day on or before that date: 1 in the
    /// first week, not counting weeks that are all break. In a summer gap, the whole past year's count.
    /// </summary>
    public int SchoolWeeksElapsed(DateOnly date) => CountSchoolWeeks(date, int.MaxValue);

    /// <summary>
    /// True when <paramref name="date"/> falls in the first <paramref name="weeks"/> school weeks of its school year
    /// (<see cref="SchoolWeeksElapsed"/> at most <paramref name="weeks"/>); stops counting once past them, so it stays
    /// cheap late in the year.
    /// </summary>
    public bool IsInFirstSchoolWeeks(DateOnly date, int weeks) => CountSchoolWeeks(date, weeks + 1) <= weeks;

    private int CountSchoolWeeks(DateOnly date, int stopAt)
    {
        var year = GetSchoolYear(date);
        var last = date < year.End ? date : year.End;
        var count = 0;
        for (var weekStart = GetWeek(year.Start).Start; weekStart <= last && count < stopAt; weekStart = weekStart.AddDays(7))
        {
            var week = new DateRange(weekStart < year.Start ? year.Start : weekStart, weekStart.AddDays(6) < last ? weekStart.AddDays(6) : last);
            if (week.Days().Any(day => IsSchoolDayIn(year, day)))
            {
                count++;
            }
        }

        return count;
    }

    // IsSchoolDay with the school year already worked out (counting weeks asks it of every day of one year).
    private bool IsSchoolDayIn(SchoolYear year, DateOnly date) =>
        _settings.SchoolDays.Contains(date.DayOfWeek) && year.Contains(date) && FindBreak(date) is null;

    /// <summary>
    /// The next instant strictly after <paramref name="after"/> when it is <paramref name="day"/> at
    /// <paramref name="time"/> in <paramref name="zone"/>, in UTC (see <see cref="ZonedTime"/> for daylight-saving rules).
    /// </summary>
    public static DateTimeOffset NextWeeklyOccurrence(DayOfWeek day, TimeOnly time, TimeZoneInfo zone, DateTimeOffset after) =>
        ZonedTime.NextWeekly(day, time, zone, after);

    /// <summary>
    /// The next instant strictly after <paramref name="after"/> when it is <paramref name="time"/> on a school day in
    /// <paramref name="zone"/>, in UTC; null if there is no school day in the next three years.
    /// </summary>
    public DateTimeOffset? NextSchoolDayAt(TimeOnly time, TimeZoneInfo zone, DateTimeOffset after)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var date = ZonedTime.LocalDate(after, zone).AddDays(-1);
        for (var i = 0; i < SearchDays; i++)
        {
            if (NextSchoolDay(date) is not { } day)
            {
                return null;
            }

            var at = ZonedTime.ToInstant(day, time, zone);
            if (at > after)
            {
                return at;
            }

            date = day.AddDays(1);
        }

        return null;
    }
}
