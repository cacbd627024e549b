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
        IReadOnlyList<TeamReflectionFact> reflections,
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

        var coachTime = reflections
            .Select(reflection => (Reflection: reflection, Period: PeriodOf(reflection.LocalDate)))
            .Where(item => item.Period is not null)
            .Select(item => (item.Reflection, Period: item.Period!.Value))
            .ToList();
        var timeRoles = coachTime.Where(item => !item.Reflection.IsDiverted && item.Reflection.Minutes > 0)
            .SelectMany(item => item.Reflection.RoleIds).Distinct(StringComparer.Ordinal)
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
        figures.AddReflections(coachTime, timeRoles);
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

        // Each request counts in its period and the year, at its school and all schools, for its kind and all kinds.
        var groups = new Dictionary<(TeamPeriod, string, string), List<TeamRequestFact>>();
        var days = new Dictionary<TeamRequestFact, double>(ReferenceEqualityComparer.Instance);
        foreach (var (request, at) in requests)
        {
            var school = schoolKey(request.School);
            foreach (var period in new[] { TeamPeriod.Year, at })
            {
                foreach (var scope in new[] { All, school })
                {
                    foreach (var row in new[] { All, request.RoleId })
                    {
                        if (!groups.TryGetValue((period, scope, row), out var list))
                        {
                            groups[(period, scope, row)] = list = [];
                        }

                        list.Add(request);
                    }
                }
            }

            if (request.ClaimedAt is { } claimedAt && request.Status is TeamRequestStatus.Claimed or TeamRequestStatus.Done)
            {
                days[request] = DaysToClaim(clock, request.AskedAt, claimedAt);
            }
        }

        foreach (var period in Periods)
        {
            foreach (var school in scopes)
            {
                foreach (var role in rows)
                {
                    var matching = groups.GetValueOrDefault((period, school, role)) ?? [];
                    foreach (var measure in Enum.GetValues<RequestMeasure>())
                    {
                        var counted = matching.Where(request => Counts(request, measure)).ToList();
                        var key = RequestKey(period, school, role, measure);
                        _cells[key] = new FigureCell(key, counted.Count, Teachers(counted), Hidden: period == TeamPeriod.Earlier || !Shown.Contains(measure));
                    }

                    if (period == TeamPeriod.Earlier)
                    {
                        continue;
                    }

                    var claimed = matching.Where(days.ContainsKey).ToList();
                    var sorted = claimed.Select(request => days[request]).Order().ToList();
                    _measures[MeasureKey("claim", period, school, role)] = (sorted.Count == 0 ? null : Median(sorted), Teachers(claimed));
                    var rated = matching.Where(request => request.Helpful is not null).ToList();
                    _measures[MeasureKey("helpful", period, school, role)] =
                        (rated.Count == 0 ? null : (double)rated.Count(request => request.Helpful == true) / rated.Count, Teachers(rated));
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

    private void AddReflections(List<(TeamReflectionFact Reflection, TeamPeriod Period)> reflections, IReadOnlyList<string> roles)
    {
        var parts = new List<string>(roles) { Diverted, Unassigned };
        foreach (var period in Periods)
        {
            var minutes = parts.ToDictionary(part => part, _ => 0.0, StringComparer.Ordinal);
            var coaches = parts.ToDictionary(part => part, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
            foreach (var (reflection, at) in reflections)
            {
                if ((period != TeamPeriod.Year && at != period) || reflection.Minutes is not > 0)
                {
                    continue;
                }

                var logged = reflection.Minutes.Value;
                var targets = reflection.IsDiverted ? [Diverted] : reflection.RoleIds.Count == 0 ? [Unassigned] : reflection.RoleIds.Distinct(StringComparer.Ordinal).ToList();
                foreach (var target in targets)
                {
                    minutes[target] += (double)logged / targets.Count;
                    coaches[target].Add(reflection.CoachId);
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

    private static bool Counts(TeamRequestFact request, RequestMeasure measure) => measure switch
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

    private static int Teachers(IEnumerable<TeamRequestFact> requests) =>
        requests.Select(request => request.TeacherId).Distinct(StringComparer.Ordinal).Count();

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
    internal static DateOnly RecentWeeksStart(SchoolCalendar calendar, DateOnly today, DateOnly yearStart)
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
