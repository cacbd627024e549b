namespace CoachBot.Dialogs.School;

/// <summary><see cref="SchoolOptions"/> once parsed and checked (see <see cref="SchoolOptionsParser"/>).</summary>
internal sealed record SchoolCalendarSettings(
    (int Month, int Day) YearStart,
    (int Month, int Day) YearEnd,
    IReadOnlyList<SchoolBreak> Breaks,
    IReadOnlySet<DayOfWeek> SchoolDays,
    DayOfWeek WeekStart,
    TimeZoneInfo DefaultTimeZone);
