using CoachBot.Dialogs.Features.Goals;
using CoachBot.Dialogs.School;

namespace CoachBot.Dialogs.Features.Reflections;

/// <summary>
/// The digest's figures, a pure function of a coach's reflections, the school calendar and today's local date: counts
/// and minutes per role for the school week and the school year so far (a reflection's minutes split evenly between
/// its roles), diverted time beside them, the streak of school weeks with a reflection (weeks without a school day
/// neither count nor break it), and the notes — one role crowding out the rest, time spread thin, or a goal whose role
/// has had no reflection for six school weeks.
/// </summary>
public static class ReflectionDigest
{
    /// <summary>Crowding: one role has more than this share of the role minutes…</summary>
    public const double CrowdingShare = 0.5;

    /// <summary>…with at least this many role minutes logged.</summary>
    public const int CrowdingMinimumMinutes = 120;

    /// <summary>Spread thin: at least this many roles…</summary>
    public const int SpreadThinRoles = 6;

    /// <summary>…each with time but less than this share…</summary>
    public const double SpreadThinShare = 0.10;

    /// <summary>…over at least this many school weeks.</summary>
    public const int SpreadThinSchoolWeeks = 4;

    /// <summary>A goal is noted when its role has had no reflection for this many school weeks.</summary>
    public const int QuietGoalSchoolWeeks = 6;

    // A streak never reaches further back than this (about five school years).
    private const int MaxStreakWeeks = 260;

    // Six school weeks are looked for no further back than this (a year and a half: a long break, a summer).
    private const int MaxQuietLookBackWeeks = 78;

    /// <param name="figures">The coach's reflections of the school year (earlier ones are ignored).</param>
    /// <param name="reflectionWeeks">The first days of every school week with a coaching reflection, all time.</param>
    public static DigestFigures Compute(IReadOnlyList<ReflectionFigure> figures, IReadOnlyCollection<DateOnly> reflectionWeeks, SchoolCalendar calendar, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(reflectionWeeks);
        ArgumentNullException.ThrowIfNull(calendar);
        var week = calendar.GetWeek(today);
        var year = calendar.GetSchoolYear(today);
        var weekFigures = new PeriodFigures();
        var yearFigures = new PeriodFigures();
        DateOnly? firstRoleWeek = null;
        foreach (var figure in figures)
        {
            if (figure.WeekStart == week.Start)
            {
                weekFigures.Add(figure);
            }

            if (year.Contains(figure.LocalDate))
            {
                yearFigures.Add(figure);
                if (figure.Kind == ReflectionKind.Coaching && figure.Roles.Count > 0 && figure.Minutes > 0
                    && (firstRoleWeek is null || figure.WeekStart < firstRoleWeek))
                {
                    firstRoleWeek = figure.WeekStart;
                }
            }
        }

        var schoolWeeks = new SchoolWeeks(calendar);
        var (streak, open) = Streak(reflectionWeeks, schoolWeeks, week.Start);
        var span = firstRoleWeek is { } first ? SchoolWeeksBetween(schoolWeeks, first, week.Start) : 0;
        return new DigestFigures(
            week,
            !schoolWeeks.Has(week.Start),
            year,
            today > year.End,
            weekFigures,
            yearFigures,
            streak,
            open,
            Crowding(yearFigures),
            SpreadThin(yearFigures, span),
            span);
    }

    /// <summary>
    /// The coach's active goals whose role has had no coaching reflection for six school weeks: none in the six weeks with
    /// a school day before this week (weeks without one, such as a break, are skipped and do not count), nor this week so
    /// far. Only goals set before those six weeks began are noted (a new goal, or the start of a school year, gets time
    /// first). Grouped by role, in the article's order of roles as given by <paramref name="roleOrder"/>, goals by number.
    /// </summary>
    /// <param name="figures">The coach's reflections since at least the start of those six weeks.</param>
    public static IReadOnlyList<QuietGoalNote> QuietGoals(
        IReadOnlyList<GoalChoice> goals, IReadOnlyList<ReflectionFigure> figures, SchoolCalendar calendar, DateOnly today, IReadOnlyList<string> roleOrder)
    {
        ArgumentNullException.ThrowIfNull(goals);
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(roleOrder);
        if (goals.Count == 0 || QuietSince(calendar, today) is not { } since)
        {
            return [];
        }

        var reflected = figures
            .Where(figure => figure.Kind == ReflectionKind.Coaching && figure.LocalDate >= since)
            .SelectMany(figure => figure.Roles)
            .ToHashSet(StringComparer.Ordinal);
        var position = roleOrder.Distinct(StringComparer.Ordinal).Select((id, index) => (id, index)).ToDictionary(pair => pair.id, pair => pair.index, StringComparer.Ordinal);
        return [.. goals
            .Where(goal => goal.IsActive && goal.Since <= since && !reflected.Contains(goal.RoleId))
            .GroupBy(goal => goal.RoleId, StringComparer.Ordinal)
            .OrderBy(group => position.GetValueOrDefault(group.Key, int.MaxValue))
            .ThenBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => new QuietGoalNote(group.Key, [.. group.OrderBy(goal => goal.Id)], since))];
    }

    /// <summary>The first day of the sixth school week before this one; null when there are not six within reach.</summary>
    public static DateOnly? QuietSince(SchoolCalendar calendar, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var weeks = new SchoolWeeks(calendar);
        var week = calendar.GetWeek(today).Start;
        var found = 0;
        for (var i = 0; i < MaxQuietLookBackWeeks; i++)
        {
            week = week.AddDays(-7);
            if (weeks.Has(week) && ++found == QuietGoalSchoolWeeks)
            {
                return week;
            }
        }

        return null;
    }

    /// <summary>True when the week starting on <paramref name="weekStart"/> has at least one school day.</summary>
    public static bool IsSchoolWeek(SchoolCalendar calendar, DateOnly weekStart)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        for (var day = 0; day < 7; day++)
        {
            if (calendar.IsSchoolDay(weekStart.AddDays(day)))
            {
                return true;
            }
        }

        return false;
    }

    private static (int Streak, bool Open) Streak(IReadOnlyCollection<DateOnly> reflectionWeeks, SchoolWeeks calendar, DateOnly thisWeek)
    {
        if (reflectionWeeks.Count == 0)
        {
            return (0, false);
        }

        var weeks = reflectionWeeks as IReadOnlySet<DateOnly> ?? reflectionWeeks.ToHashSet();
        var oldest = reflectionWeeks.Min();
        var count = 0;

        // This school week counts when it has a reflection; without one yet, it does not break the streak.
        var thisWeekOpen = false;
        if (calendar.Has(thisWeek))
        {
            if (weeks.Contains(thisWeek))
            {
                count++;
            }
            else
            {
                thisWeekOpen = true;
            }
        }

        var week = thisWeek.AddDays(-7);
        for (var i = 0; i < MaxStreakWeeks && week >= oldest; i++, week = week.AddDays(-7))
        {
            if (!calendar.Has(week))
            {
                continue;
            }

            if (!weeks.Contains(week))
            {
                break;
            }

            count++;
        }

        return (count, thisWeekOpen && count > 0);
    }

    /// <summary>School weeks from <paramref name="from"/> to <paramref name="to"/> (week starts), both included.</summary>
    private static int SchoolWeeksBetween(SchoolWeeks calendar, DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var week = from; week <= to; week = week.AddDays(7))
        {
            if (calendar.Has(week))
            {
                count++;
            }
        }

        return count;
    }

    private static CrowdingNote? Crowding(PeriodFigures year)
    {
        if (year.RoleMinutes < CrowdingMinimumMinutes || year.Roles.Count == 0)
        {
            return null;
        }

        var top = year.Roles.MaxBy(pair => pair.Value.Minutes);
        var share = top.Value.Minutes / year.RoleMinutes;
        return share > CrowdingShare ? new CrowdingNote(top.Key, share, top.Value.Minutes, year.RoleMinutes) : null;
    }

    private static SpreadThinNote? SpreadThin(PeriodFigures year, int schoolWeeks)
    {
        if (schoolWeeks < SpreadThinSchoolWeeks || year.RoleMinutes <= 0)
        {
            return null;
        }

        var thin = year.Roles.Count(pair => pair.Value.Minutes > 0 && pair.Value.Minutes / year.RoleMinutes < SpreadThinShare);
        return thin >= SpreadThinRoles ? new SpreadThinNote(thin, schoolWeeks) : null;
    }
}

/// <summary>Which weeks have a school day, each week looked up once per digest (the streak and the span ask alike).</summary>
internal sealed class SchoolWeeks(SchoolCalendar calendar)
{
    private readonly Dictionary<DateOnly, bool> _known = [];

    public bool Has(DateOnly weekStart)
    {
        if (!_known.TryGetValue(weekStart, out var has))
        {
            has = ReflectionDigest.IsSchoolWeek(calendar, weekStart);
            _known[weekStart] = has;
        }

        return has;
    }
}

/// <summary>What <see cref="ReflectionDigest.Compute"/> found.</summary>
/// <param name="Span">School weeks from the first reflection with role minutes this school year to this week.</param>
public sealed record DigestFigures(
    DateRange Week,
    bool WeekIsBreak,
    SchoolYear Year,
    bool YearEnded,
    PeriodFigures ThisWeek,
    PeriodFigures YearSoFar,
    int Streak,
    bool StreakOpen,
    CrowdingNote? Crowding,
    SpreadThinNote? SpreadThin,
    int Span);

/// <summary>
/// Active goals counting for <paramref name="RoleId"/>, which has had no coaching reflection since <paramref name="Since"/>
/// (the first day of the sixth school week before this one).
/// </summary>
public sealed record QuietGoalNote(string RoleId, IReadOnlyList<GoalChoice> Goals, DateOnly Since);

/// <summary>One role has more than half the role minutes (with enough minutes logged to mean something).</summary>
public sealed record CrowdingNote(string RoleId, double Share, double Minutes, double RoleMinutes);

/// <summary>Several roles each have a sliver of the time, over enough school weeks to mean something.</summary>
public sealed record SpreadThinNote(int Roles, int SchoolWeeks);

/// <summary>One role's figures in a period: how many reflections name it, and its share of their minutes.</summary>
public sealed record RoleFigures(int Count, double Minutes);

/// <summary>A period's figures (the school week or the school year so far).</summary>
public sealed class PeriodFigures
{
    private readonly Dictionary<string, RoleFigures> _roles = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, RoleFigures> Roles => _roles;

    /// <summary>Coaching reflections (diverted time is not a reflection).</summary>
    public int Reflections { get; private set; }

    /// <summary>Minutes of the reflections with roles, all roles together.</summary>
    public double RoleMinutes { get; private set; }

    public int DivertedEntries { get; private set; }

    public int DivertedMinutes { get; private set; }

    /// <summary>Reflections with no role yet, and their minutes (not counted as role minutes).</summary>
    public int Unassigned { get; private set; }

    public int UnassignedMinutes { get; private set; }

    public RoleFigures Role(string roleId) => _roles.GetValueOrDefault(roleId, new RoleFigures(0, 0));

    internal void Add(ReflectionFigure figure)
    {
        var minutes = figure.Minutes ?? 0;
        if (figure.Kind == ReflectionKind.Diverted)
        {
            DivertedEntries++;
            DivertedMinutes += minutes;
            return;
        }

        Reflections++;
        if (figure.Roles.Count == 0)
        {
            Unassigned++;
            UnassignedMinutes += minutes;
            return;
        }

        var share = (double)minutes / figure.Roles.Count;
        foreach (var role in figure.Roles)
        {
            var before = Role(role);
            _roles[role] = new RoleFigures(before.Count + 1, before.Minutes + share);
        }

        RoleMinutes += minutes;
    }
}
