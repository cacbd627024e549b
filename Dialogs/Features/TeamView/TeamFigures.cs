using System.Globalization;
using CoachBot.Dialogs.Features.Requests;
using CoachBot.Dialogs.School;

namespace CoachBot.Dialogs.Features.TeamView;

/// <summary>The two periods the team view shows (and the part of the year before the recent one, never shown).</summary>
public enum TeamPeriod
{
    /// <summary>The school year so far.</summary>
    Year,

    /// <summary>The last four school weeks (this one included; weeks without a school day skipped), within the school year.</summary>
    Recent,

    /// <summary>The school year before the last four school weeks: never shown, but it is the year minus the recent weeks.</summary>
    Earlier,
}

/// <summary>The additive request counts (the last three are never shown: they are what the others leave over).</summary>
public enum RequestMeasure
{
    Made,
    Claimed,
    Done,
    Open,
    NoCoveringCoach,
    Cancelled,
    ClaimedNotDone,
    Covered,
}

/// <summary>
/// The team view's figures, a pure function of the facts, the calendar and today: every count and sum with the number
/// of people behind it, the additions that link them, and what <see cref="SmallGroupSuppression"/> lets through. Computed
/// once for all schools and both periods, so the card of any school and the CSV show the same figures and the same
/// gaps: nothing suppressed in one view can be recovered from another.
/// </summary>
public sealed class TeamFigures
{
    /// <summary>The key of "all schools" and of "all kinds of support".</summary>
    public const string All = "*";

    private const string Diverted = "diverted";
    private const string Unassigned = "unassigned";

    private static readonly RequestMeasure[] Shown = [RequestMeasure.Made, RequestMeasure.Claimed, RequestMeasure.Done, RequestMeasure.Open, RequestMeasure.NoCoveringCoach];
    private static readonly TeamPeriod[] Periods = [TeamPeriod.Year, TeamPeriod.Recent, TeamPeriod.Earlier];

    private readonly Dictionary<string, FigureCell> _cells = new(StringComparer.Ordinal);
    private readonly List<FigureRelation> _relations = [];
    private readonly Dictionary<string, (double? Value, int People)> _measures = new(StringComparer.Ordinal);
    private readonly SmallGroupSuppression _suppression;
    private SuppressionResult _result = new(new HashSet<string>(), new HashSet<string>());

    private TeamFigures(SmallGroupSuppression suppression) => _suppression = suppression;

    public SchoolYear Year { get; private init; } = null!;

    public DateOnly Today { get; private init; }

    public DateOnly RecentStart { get; private init; }

    /// <summary>The schools with figures of their own (none when there is one school: "all schools" is it).</summary>
    public IReadOnlyList<string> Schools { get; private init; } = [];

    /// <summary>The kinds of support (role ids) with a request this school year, in the article's order.</summary>
    public IReadOnlyList<string> RequestedRoles { get; private init; } = [];

    /// <summary>The roles with reflection minutes this school year, in the article's order.</summary>
    public IReadOnlyList<string> TimeRoles { get; private init; } = [];

    /// <summary>Per school (or <see cref="All"/> with one school), the kinds of support requested this school year that no reachable coach covers.</summary>
    public IReadOnlyList<(string School, IReadOnlyList<string> RoleIds)> CoverageGaps { get; private init; } = [];

    public int MinimumGroupSize => _suppression.MinimumGroupSize;

    public int TooFewCount => _result.TooFew.Count;

    public int HeldBackCount => _result.HeldBack.Count;

    /// <summary>Every figure (shown or not), for tests: the cells and the additions.</summary>
    internal IReadOnlyCollection<FigureCell> Cells => _cells.Values;

    internal IReadOnlyList<FigureRelation> Relations => _relations;

    internal SuppressionResult Suppression => _result;

    public static TeamFigures Compute(
        IReadOnlyList<TeamRequestFact> requests,
        IReadOnlyList<TeamReflectionMinutes> reflections,
        IReadOnlyList<TeamCoverage> coverage,
        IReadOnlyList<string> configuredSchools,
        IReadOnlyList<string> roleOrder,
        SchoolCalendar calendar,
        DateOnly today,
        SmallGroupSuppression suppression)
    {
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(reflections);
        ArgumentNullException.ThrowIfNull(coverage);
        ArgumentNullException.ThrowIfNull(configuredSchools);
        ArgumentNullException.ThrowIfNull(roleOrder);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(suppression);
        var year = calendar.GetSchoolYear(today);
        var end = today > year.End ? year.End : today;
        var recentStart = RecentWeeksStart(calendar, end, year.Start);
        var zone = calendar.DefaultTimeZone;
        var clock = new SchoolDayClock(calendar);

        TeamPeriod? PeriodOf(DateOnly date) =>
            date < year.Start || date > end ? null : date >= recentStart ? TeamPeriod.Recent : TeamPeriod.Earlier;

        var inYear = requests
            .Select(request => (Request: request, Period: PeriodOf(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(request.AskedAt, zone).DateTime))))
            .Where(item => item.Period is not null)
            .Select(item => (item.Request, Period: item.Period!.Value))
            .ToList();
        var requestSchools = inYear.Select(item => item.Request.School).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var named = configuredSchools.Where(name => name.Length > 0).ToList();
        var schools = named.Count + requestSchools.Count(school => !named.Contains(school, StringComparer.OrdinalIgnoreCase)) > 1
            ? [.. named, .. requestSchools.Where(school => !named.Contains(school, StringComparer.OrdinalIgnoreCase)).Order(StringComparer.Ordinal)]
            : new List<string>();
        string SchoolKey(string school) => schools.FirstOrDefault(name => name.Equals(school, StringComparison.OrdinalIgnoreCase)) ?? school;

        var rank = roleOrder.Select((id, index) => (id, index)).ToDictionary(pair => pair.id, pair => pair.index, StringComparer.Ordinal);
        int Rank(string id) => rank.TryGetValue(id, out var index) ? index : int.MaxValue;
        var requestedRoles = inYear.Select(item => item.Request.RoleId).Distinct(StringComparer.Ordinal)
            .OrderBy(Rank).ThenBy(id => id, StringComparer.Ordinal).ToList();

        var timeRoles = reflections.Where(sum => !sum.IsDiverted && sum.Minutes > 0)
            .SelectMany(sum => sum.RoleIds).Distinct(StringComparer.Ordinal)
            .OrderBy(Rank).ThenBy(id => id, StringComparer.Ordinal).ToList();

        var figures = new TeamFigures(suppression)
        {
            Year = year,
            Today = end,
            RecentStart = recentStart,
            Schools = schools,
            RequestedRoles = requestedRoles,
            TimeRoles = timeRoles,
            CoverageGaps = Gaps(inYear.Select(item => item.Request).ToList(), coverage, schools, SchoolKey, Rank),
        };
        figures.AddRequests(inYear, schools, SchoolKey, requestedRoles, clock);
        figures.AddReflections(reflections, timeRoles);
        figures._result = suppression.Apply([.. figures._cells.Values], figures._relations);
        return figures;
    }

    /// <summary>The text of a request count: the number, "fewer than 5", or "held back".</summary>
    public FigureText Requests(TeamPeriod period, string school, string role, RequestMeasure measure) =>
        Text(RequestKey(period, school, role, measure));

    /// <summary>The median school days to claim (one decimal), or "fewer than 5"; null when nothing was claimed.</summary>
    public FigureText? MedianDaysToClaim(TeamPeriod period, string school, string role) =>
        Measure(MeasureKey("claim", period, school, role), value => value.ToString("0.0", CultureInfo.InvariantCulture));

    /// <summary>The share of rated requests rated helpful, or "fewer than 5"; null when none was rated.</summary>
    public FigureText? HelpfulShare(TeamPeriod period, string school, string role) =>
        Measure(MeasureKey("helpful", period, school, role), value => Math.Round(value * 100, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture) + "%");

    /// <summary>The team's minutes on a role (a role id), on diverted time (<c>diverted</c>), as text.</summary>
    public FigureText Minutes(TeamPeriod period, string role) => Text(MinutesKey(period, role));

    /// <summary>The key of diverted time in <see cref="Minutes"/>.</summary>
    public static string DivertedTime => Diverted;

    private FigureText Text(string key)
    {
        var cell = _cells[key];
        if (_result.TooFew.Contains(key))
        {
            return FigureText.TooFew(MinimumGroupSize);
        }

        return _result.HeldBack.Contains(key)
            ? FigureText.HeldBack
            : FigureText.Number(cell.Value, Math.Round(cell.Value, MidpointRounding.AwayFromZero).ToString("#,0", CultureInfo.InvariantCulture));
    }

    private FigureText? Measure(string key, Func<double, string> format)
    {
        if (!_measures.TryGetValue(key, out var measure) || measure.Value is not { } value)
        {
            return null;
        }

        return _suppression.IsTooFew(measure.People) ? FigureText.TooFew(MinimumGroupSize) : FigureText.Number(value, format(value));
    }

    private void AddRequests(
        List<(TeamRequestFact Request, TeamPeriod Period)> requests,
        List<string> schools,
        Func<string, string> schoolKey,
        IReadOnlyList<string> roles,
        SchoolDayClock clock)
    {
        var scopes = new List<string>(schools) { All };
        var rows = new List<string>(roles) { All };
        var scopeIndex = scopes.Select((scope, index) => (scope, index)).ToDictionary(pair => pair.scope, pair => pair.index, StringComparer.Ordinal);
        var rowIndex = rows.Select((row, index) => (row, index)).ToDictionary(pair => pair.row, pair => pair.index, StringComparer.Ordinal);
        var measures = Enum.GetValues<RequestMeasure>();

        // One pass: each request counts in its period and the year, at its school and all schools, for its kind and all
        // kinds. Teachers are numbered, so counting distinct ones is a set of numbers per figure.
        var groups = new RequestGroup[Periods.Length, scopes.Count, rows.Count];
        var teachers = new Dictionary<string, int>(StringComparer.Ordinal);
        Span<int> periodsOf = stackalloc int[2];
        Span<int> scopesOf = stackalloc int[2];
        Span<int> rowsOf = stackalloc int[2];
        foreach (var (request, at) in requests)
        {
            if (!teachers.TryGetValue(request.TeacherId, out var teacher))
            {
                teachers[request.TeacherId] = teacher = teachers.Count;
            }

            double? days = request.ClaimedAt is { } claimedAt && request.Status is TeamRequestStatus.Claimed or TeamRequestStatus.Done
                ? DaysToClaim(clock, request.AskedAt, claimedAt)
                : null;
            periodsOf[0] = (int)TeamPeriod.Year;
            periodsOf[1] = (int)at;
            scopesOf[0] = scopeIndex[All];
            var scopeCount = scopeIndex.TryGetValue(schoolKey(request.School), out var school) && school != scopesOf[0] ? 2 : 1;
            scopesOf[1] = school;
            rowsOf[0] = rowIndex[All];
            var rowCount = rowIndex.TryGetValue(request.RoleId, out var row) && row != rowsOf[0] ? 2 : 1;
            rowsOf[1] = row;
            foreach (var period in periodsOf)
            {
                for (var s = 0; s < scopeCount; s++)
                {
                    for (var r = 0; r < rowCount; r++)
                    {
                        (groups[period, scopesOf[s], rowsOf[r]] ??= new RequestGroup(measures.Length)).Add(request, teacher, days);
                    }
                }
            }
        }

        var empty = new RequestGroup(measures.Length);
        foreach (var period in Periods)
        {
            foreach (var school in scopes)
            {
                foreach (var role in rows)
                {
                    var group = groups[(int)period, scopeIndex[school], rowIndex[role]] ?? empty;
                    foreach (var measure in measures)
                    {
                        var key = RequestKey(period, school, role, measure);
                        _cells[key] = new FigureCell(key, group.Counts[(int)measure], group.Teachers[(int)measure]?.Count ?? 0,
                            Hidden: period == TeamPeriod.Earlier || !Shown.Contains(measure));
                    }

                    if (period == TeamPeriod.Earlier)
                    {
                        continue;
                    }

                    group.Days.Sort();
                    _measures[MeasureKey("claim", period, school, role)] = (group.Days.Count == 0 ? null : Median(group.Days), group.ClaimedTeachers.Count);
                    _measures[MeasureKey("helpful", period, school, role)] =
                        (group.Rated == 0 ? null : (double)group.Helpful / group.Rated, group.RatedTeachers.Count);
                }
            }
        }

        foreach (var period in Periods)
        {
            foreach (var school in scopes)
            {
                foreach (var role in rows)
                {
                    // Made = open + claimed (done or not) + cancelled; claimed = done + claimed not done; made = no covering coach + covered.
                    _relations.Add(new FigureRelation(RequestKey(period, school, role, RequestMeasure.Made), [
                        RequestKey(period, school, role, RequestMeasure.Open), RequestKey(period, school, role, RequestMeasure.Claimed), RequestKey(period, school, role, RequestMeasure.Cancelled)]));
                    _relations.Add(new FigureRelation(RequestKey(period, school, role, RequestMeasure.Claimed), [
                        RequestKey(period, school, role, RequestMeasure.Done), RequestKey(period, school, role, RequestMeasure.ClaimedNotDone)]));
                    _relations.Add(new FigureRelation(RequestKey(period, school, role, RequestMeasure.Made), [
                        RequestKey(period, school, role, RequestMeasure.NoCoveringCoach), RequestKey(period, school, role, RequestMeasure.Covered)]));
                }
            }
        }

        foreach (var measure in Enum.GetValues<RequestMeasure>())
        {
            foreach (var period in Periods)
            {
                // All kinds of support = the sum of the kinds, in every scope.
                foreach (var school in scopes)
                {
                    _relations.Add(new FigureRelation(RequestKey(period, school, All, measure), [.. roles.Select(role => RequestKey(period, school, role, measure))]));
                }

                // All schools = the sum of the schools, for every kind.
                if (schools.Count > 0)
                {
                    foreach (var role in rows)
                    {
                        _relations.Add(new FigureRelation(RequestKey(period, All, role, measure), [.. schools.Select(school => RequestKey(period, school, role, measure))]));
                    }
                }
            }

            // The school year = the last four school weeks + the weeks before.
            foreach (var school in scopes)
            {
                foreach (var role in rows)
                {
                    _relations.Add(new FigureRelation(RequestKey(TeamPeriod.Year, school, role, measure), [
                        RequestKey(TeamPeriod.Recent, school, role, measure), RequestKey(TeamPeriod.Earlier, school, role, measure)]));
                }
            }
        }
    }

    private void AddReflections(IReadOnlyList<TeamReflectionMinutes> reflections, IReadOnlyList<string> roles)
    {
        var parts = new List<string>(roles) { Diverted, Unassigned };
        foreach (var period in Periods)
        {
            var minutes = parts.ToDictionary(part => part, _ => 0.0, StringComparer.Ordinal);
            var coaches = parts.ToDictionary(part => part, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
            foreach (var sum in reflections)
            {
                if ((period != TeamPeriod.Year && sum.Period != period) || sum.Minutes <= 0)
                {
                    continue;
                }

                // Minutes split evenly between an entry's roles: the sum over entries with the same roles splits the same.
                var targets = sum.IsDiverted ? [Diverted] : sum.RoleIds.Count == 0 ? [Unassigned] : sum.RoleIds.Distinct(StringComparer.Ordinal).ToList();
                foreach (var target in targets)
                {
                    minutes[target] += (double)sum.Minutes / targets.Count;
                    coaches[target].Add(sum.CoachId);
                }
            }

            foreach (var part in parts)
            {
                var key = MinutesKey(period, part);
                _cells[key] = new FigureCell(key, minutes[part], coaches[part].Count, Hidden: period == TeamPeriod.Earlier || part == Unassigned);
            }

            var total = MinutesKey(period, All);
            _cells[total] = new FigureCell(total, minutes.Values.Sum(), coaches.Values.SelectMany(set => set).Distinct(StringComparer.Ordinal).Count(), Hidden: true);
            _relations.Add(new FigureRelation(total, [.. parts.Select(part => MinutesKey(period, part))]));
        }

        foreach (var part in parts.Append(All))
        {
            _relations.Add(new FigureRelation(MinutesKey(TeamPeriod.Year, part), [MinutesKey(TeamPeriod.Recent, part), MinutesKey(TeamPeriod.Earlier, part)]));
        }
    }

    private static bool Counted(TeamRequestFact request, RequestMeasure measure) => measure switch
    {
        RequestMeasure.Made => true,
        RequestMeasure.Claimed => request.Status is TeamRequestStatus.Claimed or TeamRequestStatus.Done,
        RequestMeasure.Done => request.Status == TeamRequestStatus.Done,
        RequestMeasure.Open => request.Status == TeamRequestStatus.Open,
        RequestMeasure.NoCoveringCoach => request.NoCoveringCoach,
        RequestMeasure.Cancelled => request.Status == TeamRequestStatus.Cancelled,
        RequestMeasure.ClaimedNotDone => request.Status == TeamRequestStatus.Claimed,
        RequestMeasure.Covered => !request.NoCoveringCoach,
        _ => false,
    };

    /// <summary>The requests of one period, scope and kind: each measure's count and distinct teachers, the days to claim, the ratings.</summary>
    private sealed class RequestGroup(int measures)
    {
        public int[] Counts { get; } = new int[measures];

        public HashSet<int>?[] Teachers { get; } = new HashSet<int>?[measures];

        public List<double> Days { get; } = [];

        public HashSet<int> ClaimedTeachers { get; } = [];

        public int Rated { get; private set; }

        public int Helpful { get; private set; }

        public HashSet<int> RatedTeachers { get; } = [];

        public void Add(TeamRequestFact request, int teacher, double? days)
        {
            for (var measure = 0; measure < Counts.Length; measure++)
            {
                if (Counted(request, (RequestMeasure)measure))
                {
                    Counts[measure]++;
                    (Teachers[measure] ??= []).Add(teacher);
                }
            }

            if (days is { } value)
            {
                Days.Add(value);
                ClaimedTeachers.Add(teacher);
            }

            if (request.Helpful is { } helpful)
            {
                Rated++;
                Helpful += helpful ? 1 : 0;
                RatedTeachers.Add(teacher);
            }
        }
    }

    /// <summary>
    /// School days from asking to the claim, with one decimal's worth of the day it was claimed in: the whole school days
    /// (<see cref="SchoolDayClock.Age"/>), plus how far the claim came between that day's mark and the next one.
    /// </summary>
    internal static double DaysToClaim(SchoolDayClock clock, DateTimeOffset asked, DateTimeOffset claimed)
    {
        var whole = clock.Age(asked, claimed);
        if (clock.After(asked, whole) is not { } from || clock.After(asked, whole + 1) is not { } to || to <= from || claimed <= from)
        {
            return whole;
        }

        return whole + Math.Min(1, (claimed - from) / (to - from));
    }

    private static double Median(List<double> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;

    /// <summary>
    /// The first day of the fourth school week back from the one holding <paramref name="today"/> (weeks without a school
    /// day skipped), never before the school year's first day.
    /// </summary>
    public static DateOnly RecentWeeksStart(SchoolCalendar calendar, DateOnly today, DateOnly yearStart)
    {
        var week = calendar.GetWeek(today).Start;
        var start = week;
        var found = 0;
        for (var step = 0; step < 60 && found < 4 && week.AddDays(6) >= yearStart; step++, week = week.AddDays(-7))
        {
            if (Enumerable.Range(0, 7).Any(day => calendar.IsSchoolDay(week.AddDays(day))))
            {
                found++;
                start = week;
            }
        }

        return start < yearStart ? yearStart : start;
    }

    private static List<(string School, IReadOnlyList<string> RoleIds)> Gaps(
        List<TeamRequestFact> requests, IReadOnlyList<TeamCoverage> coverage, List<string> schools, Func<string, string> schoolKey, Func<string, int> rank)
    {
        var single = schools.Count == 0;
        var gaps = new List<(string, IReadOnlyList<string>)>();
        foreach (var school in single ? [All] : schools)
        {
            var requested = requests.Where(request => single || schoolKey(request.School) == school)
                .Select(request => request.RoleId).Distinct(StringComparer.Ordinal);
            var uncovered = requested.Where(role => !coverage.Any(coach => coach.RoleIds.Contains(role, StringComparer.Ordinal)
                && (single || coach.Schools.Contains(school, StringComparer.OrdinalIgnoreCase))))
                .OrderBy(rank).ThenBy(id => id, StringComparer.Ordinal).ToList();
            if (uncovered.Count > 0)
            {
                gaps.Add((school, uncovered));
            }
        }

        return gaps;
    }

    internal static string RequestKey(TeamPeriod period, string school, string role, RequestMeasure measure) => $"requests|{period}|{school}|{role}|{measure}";

    internal static string MinutesKey(TeamPeriod period, string role) => $"minutes|{period}|{role}";

    private static string MeasureKey(string measure, TeamPeriod period, string school, string role) => $"{measure}|{period}|{school}|{role}";
}

/// <summary>A figure as shown: its text ("23", "fewer than 5", "held back") and, when shown, its value.</summary>
public sealed record FigureText(string Text, double? Value)
{
    public static FigureText HeldBack { get; } = new("held back", null);

    public bool IsShown => Value is not null;

    public static FigureText TooFew(int minimum) => new(string.Create(CultureInfo.InvariantCulture, $"fewer than {minimum}"), null);

    public static FigureText Number(double value, string text) => new(text, value);

    public override string ToString() => Text;
}
