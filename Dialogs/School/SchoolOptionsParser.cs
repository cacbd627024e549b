using System.Globalization;

namespace CoachBot.Dialogs.School;

/// <summary>Turns <see cref="SchoolOptions"/> into <see cref="SchoolCalendarSettings"/>, naming the key of each problem.</summary>
internal static class SchoolOptionsParser
{
    private static readonly DateOnly Earliest = new(2000, 1, 1);
    private static readonly DateOnly Latest = new(2100, 12, 31);
    private const int LongestBreakDays = 366;

    private static readonly DayOfWeek[] MondayToFriday =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    /// <summary>The settings, or null with every problem found.</summary>
    public static SchoolCalendarSettings? Parse(SchoolOptions options, out IReadOnlyList<string> errors)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        const string Section = SchoolOptions.SectionName;

        var start = ParseMonthDay(options.YearStart, $"{Section}:YearStart", problems);
        var end = ParseMonthDay(options.YearEnd, $"{Section}:YearEnd", problems);
        if (start is { } s && end is { } e && s == e)
        {
            problems.Add($"{Section}:YearEnd '{options.YearEnd}' is the same day as {Section}:YearStart; a school year ends on another day (e.g. 07-31 for a year starting 08-01).");
        }

        var breaks = new List<SchoolBreak>();
        var breakOptions = options.Breaks ?? [];
        for (var i = 0; i < breakOptions.Count; i++)
        {
            var key = $"{Section}:Breaks:{i}";
            var item = breakOptions[i];
            if (item is null)
            {
                problems.Add($"{key} is empty; give it a Name, a Start and an End (yyyy-MM-dd).");
                continue;
            }

            var breakStart = ParseDate(item.Start, $"{key}:Start", problems);
            var breakEnd = ParseDate(item.End, $"{key}:End", problems);
            if (breakStart is not { } from || breakEnd is not { } to)
            {
                continue;
            }

            if (to < from)
            {
                problems.Add($"{key}:End {Iso(to)} is before {key}:Start {Iso(from)}.");
            }
            else if (to.DayNumber - from.DayNumber + 1 > LongestBreakDays)
            {
                problems.Add($"{key} runs from {Iso(from)} to {Iso(to)}, longer than {LongestBreakDays} days; split it or check the years.");
            }
            else
            {
                breaks.Add(new SchoolBreak(string.IsNullOrWhiteSpace(item.Name) ? $"Break {i + 1}" : item.Name.Trim(), from, to));
            }
        }

        var schoolDays = new HashSet<DayOfWeek>();
        var days = options.SchoolDays ?? [];
        for (var i = 0; i < days.Count; i++)
        {
            if (Enum.IsDefined(days[i]))
            {
                schoolDays.Add(days[i]);
            }
            else
            {
                problems.Add($"{Section}:SchoolDays:{i} '{days[i]}' is not a weekday name (Monday ... Sunday).");
            }
        }

        if (days.Count == 0)
        {
            schoolDays.UnionWith(MondayToFriday);
        }

        if (!Enum.IsDefined(options.WeekStart))
        {
            problems.Add($"{Section}:WeekStart '{options.WeekStart}' is not a weekday name (Monday ... Sunday).");
        }

        CheckSchools(options.Schools ?? [], problems);

        TimeZoneInfo? zone = null;
        if (string.IsNullOrWhiteSpace(options.DefaultTimeZone))
        {
            problems.Add($"{Section}:DefaultTimeZone is empty; set an IANA time zone such as America/New_York.");
        }
        else if (!TimeZoneInfo.TryFindSystemTimeZoneById(options.DefaultTimeZone.Trim(), out zone))
        {
            problems.Add($"{Section}:DefaultTimeZone '{options.DefaultTimeZone}' is not a known IANA time zone (e.g. America/New_York, Europe/Oslo).");
        }

        errors = problems;
        return problems.Count == 0
            ? new SchoolCalendarSettings(start!.Value, end!.Value, breaks, schoolDays, options.WeekStart, zone!)
            : null;
    }

    /// <summary>The longest school name: it must fit on a card's choice and in a line of the roster.</summary>
    internal const int MaxSchoolNameLength = 80;

    /// <summary>At most this many schools (each is a choice on the coverage and request forms).</summary>
    internal const int MaxSchools = 100;

    private static void CheckSchools(List<string> schools, List<string> problems)
    {
        const string Key = $"{SchoolOptions.SectionName}:Schools";
        if (schools.Count > MaxSchools)
        {
            problems.Add($"{Key} lists {schools.Count} schools; at most {MaxSchools} are allowed.");
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < schools.Count; i++)
        {
            var name = schools[i]?.Trim();
            if (string.IsNullOrEmpty(name))
            {
                problems.Add($"{Key}:{i} is empty; give the school's name (e.g. Lincoln Elementary).");
            }
            else if (name.Length > MaxSchoolNameLength)
            {
                problems.Add($"{Key}:{i} '{name[..20]}…' is longer than {MaxSchoolNameLength} characters.");
            }
            else if (name.Contains(',', StringComparison.Ordinal) || name.Any(char.IsControl))
            {
                // Teams returns several chosen schools as one comma-separated value.
                problems.Add($"{Key}:{i} '{name}' contains a comma or a line break, which a school name may not.");
            }
            else if (!seen.Add(name))
            {
                problems.Add($"{Key}:{i} '{name}' is listed twice.");
            }
        }
    }

    private static (int Month, int Day)? ParseMonthDay(string? value, string key, List<string> problems)
    {
        // A fixed non-leap year makes 02-29 invalid: a school year must start and end on a date every year has.
        if (!string.IsNullOrWhiteSpace(value)
            && DateOnly.TryParseExact($"2001-{value.Trim()}", ["yyyy-MM-dd", "yyyy-M-d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return (date.Month, date.Day);
        }

        problems.Add($"{key} '{value}' is not a month and day in MM-dd form (e.g. 08-01); 02-29 is not allowed.");
        return null;
    }

    private static DateOnly? ParseDate(string? value, string key, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(value)
            || !DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            problems.Add($"{key} '{value}' is not a date in yyyy-MM-dd form (e.g. 2026-12-21).");
            return null;
        }

        if (date < Earliest || date > Latest)
        {
            problems.Add($"{key} {Iso(date)} is outside {Iso(Earliest)} to {Iso(Latest)}; check the year.");
            return null;
        }

        return date;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
