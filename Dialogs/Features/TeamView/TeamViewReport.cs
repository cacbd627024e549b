using System.Globalization;
using CoachBot.Cards.Views.Roles;
using CoachBot.Cards.Views.TeamView;
using CoachBot.Dialogs.Features.Coverage;
using CoachBot.Dialogs.RolesQa;
using CoachBot.Dialogs.School;
using Microsoft.Extensions.Options;

namespace CoachBot.Dialogs.Features.TeamView;

/// <summary>
/// Reads the facts (<see cref="ITeamViewStore"/>), computes <see cref="TeamFigures"/> for today in the school's time zone,
/// and turns them into the card's model or the CSV's rows. Both come from the same figures, suppressed once.
/// </summary>
public sealed class TeamViewReport(
    ITeamViewStore store,
    SchoolCalendar calendar,
    Schools schools,
    QuestionAnswerer answerer,
    IOptions<PrivacyOptions> privacy,
    TimeProvider time)
{
    public static IReadOnlyList<string> Columns { get; } = ["Period", "From", "To", "School", "Figure", "Kind of support or role", "Value"];

    public async Task<TeamFigures> ComputeAsync(CancellationToken cancellationToken)
    {
        var zone = calendar.DefaultTimeZone;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
        var year = calendar.GetSchoolYear(today);
        var end = today > year.End ? year.End : today;
        var since = ZonedTime.ToInstant(year.Start, TimeOnly.MinValue, zone);
        var requests = await store.ListRequestsAsync(since, cancellationToken);
        var reflections = await store.ListReflectionMinutesAsync(year.Start, TeamFigures.RecentWeeksStart(calendar, end, year.Start), end, cancellationToken);
        var coverage = await store.ListReachableCoverageAsync(cancellationToken);
        return TeamFigures.Compute(
            requests, reflections, coverage, schools.Names, TopicIds.AllRoles, calendar, today, new SmallGroupSuppression(privacy.Value.MinimumGroupSize));
    }

    /// <summary>The school named by <paramref name="typed"/> among those with figures, or null.</summary>
    public static string? FindSchool(TeamFigures figures, string typed)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var wanted = Simplify(typed);
        return figures.Schools.FirstOrDefault(name => Simplify(name) == wanted)
            ?? (figures.Schools.Where(name => Simplify(name).StartsWith(wanted, StringComparison.Ordinal)).ToList() is [var only] ? only : null);
    }

    /// <summary>The card's model for all schools (<see cref="TeamFigures.All"/>) or one school.</summary>
    public TeamViewCardModel CardModel(TeamFigures figures, string school)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var all = school == TeamFigures.All;
        var scope = all ? (figures.Schools.Count > 0 ? "all schools" : (schools.Names.Count > 0 ? schools.Names[0] : "your school")) : school;
        var requests = new List<TeamRequestRow>();
        if (figures.RequestedRoles.Count > 0)
        {
            requests.Add(RequestRow(figures, school, TeamFigures.All, "All kinds of support"));
            requests.AddRange(figures.RequestedRoles.Select(role => RequestRow(figures, school, role, Title(role))));
        }

        var lines = all ? figures.Schools.Select(name => new TeamSchoolLine(name, Figures(figures, TeamPeriod.Year, name, TeamFigures.All))).ToList() : [];
        return new TeamViewCardModel(
            scope,
            Periods(figures),
            requests,
            lines,
            TimeRows(figures),
            Concentration(figures),
            [.. figures.CoverageGaps
                .Where(gap => all || gap.School == school)
                .Select(gap => (gap.School == TeamFigures.All ? string.Empty : $"**{gap.School}**: ") + string.Join(", ", gap.RoleIds.Select(Title)))],
            figures.MinimumGroupSize);
    }

    /// <summary>The CSV's rows: every figure of every scope and period, as the cards show them.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rows(TeamFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var rows = new List<IReadOnlyList<string>>();
        var scopes = new List<string> { TeamFigures.All };
        scopes.AddRange(figures.Schools);
        foreach (var period in new[] { TeamPeriod.Year, TeamPeriod.Recent })
        {
            var (label, from) = period == TeamPeriod.Year ? ("School year so far", figures.Year.Start) : ("Last 4 school weeks", figures.RecentStart);
            string[] Row(string school, string figure, string what, string value) =>
                [label, Day(from), Day(figures.Today), school == TeamFigures.All ? "All schools" : school, figure, what, value];

            foreach (var school in scopes)
            {
                foreach (var role in figures.RequestedRoles.Prepend(TeamFigures.All))
                {
                    var what = role == TeamFigures.All ? "All kinds of support" : Title(role);
                    var f = Figures(figures, period, school, role);
                    rows.Add(Row(school, "Requests made", what, f.Made));
                    rows.Add(Row(school, "Requests claimed", what, f.Claimed));
                    rows.Add(Row(school, "Requests done", what, f.Done));
                    rows.Add(Row(school, "Requests still open", what, f.Open));
                    rows.Add(Row(school, "Median school days to claim", what, f.DaysToClaim ?? string.Empty));
                    rows.Add(Row(school, "Share rated helpful", what, f.Helpful ?? string.Empty));
                    rows.Add(Row(school, "Requests that found no covering coach", what, f.NoCoach));
                }
            }

            foreach (var role in figures.TimeRoles)
            {
                rows.Add(Row(TeamFigures.All, "Reflection minutes", Title(role), figures.Minutes(period, role).Text));
            }

            rows.Add(Row(TeamFigures.All, "Diverted minutes", "Diverted time", figures.Minutes(period, TeamFigures.DivertedTime).Text));
        }

        foreach (var (school, roles) in figures.CoverageGaps)
        {
            foreach (var role in roles)
            {
                rows.Add(["School year so far", Day(figures.Year.Start), Day(figures.Today), school == TeamFigures.All ? "All schools" : school,
                    "Coverage gap (asked for; no reachable coach covers it)", Title(role), "yes"]);
            }
        }

        return rows;
    }

    private string Title(string roleId) => answerer.Knowledge.TryGetTopic(roleId, out var topic) ? topic.Title : roleId;

    private static TeamRequestRow RequestRow(TeamFigures figures, string school, string role, string title) =>
        new(title, Figures(figures, TeamPeriod.Year, school, role), Figures(figures, TeamPeriod.Recent, school, role));

    private static TeamRequestFigures Figures(TeamFigures figures, TeamPeriod period, string school, string role) => new(
        figures.Requests(period, school, role, RequestMeasure.Made).Text,
        figures.Requests(period, school, role, RequestMeasure.Claimed).Text,
        figures.Requests(period, school, role, RequestMeasure.Done).Text,
        figures.Requests(period, school, role, RequestMeasure.Open).Text,
        figures.MedianDaysToClaim(period, school, role)?.Text,
        figures.HelpfulShare(period, school, role)?.Text,
        figures.Requests(period, school, role, RequestMeasure.NoCoveringCoach).Text);

    private List<TeamTimeRow> TimeRows(TeamFigures figures)
    {
        var keys = figures.TimeRoles.Append(TeamFigures.DivertedTime).ToList();
        var year = keys.ToDictionary(key => key, key => figures.Minutes(TeamPeriod.Year, key), StringComparer.Ordinal);
        if (figures.TimeRoles.Count == 0 && year[TeamFigures.DivertedTime].Value is null or 0)
        {
            return [];
        }

        var largest = year.Values.Max(text => text.Value ?? 0);
        return [.. keys.Select(key => new TeamTimeRow(
            key == TeamFigures.DivertedTime ? "Diverted time" : Title(key),
            Minutes(year[key]),
            Minutes(figures.Minutes(TeamPeriod.Recent, key)),
            year[key].Value is { } value && largest > 0 ? value / largest : null,
            key == TeamFigures.DivertedTime))];
    }

    private static string Minutes(FigureText text) => text.IsShown ? text.Text + " min" : text.Text;

    /// <summary>The three roles with the most of the team's time against the three most asked for (school year, all schools; shown figures only).</summary>
    private string? Concentration(TeamFigures figures)
    {
        var time = figures.TimeRoles
            .Select(role => (Role: role, Figure: figures.Minutes(TeamPeriod.Year, role)))
            .Where(item => item.Figure.Value > 0)
            .OrderByDescending(item => item.Figure.Value).Take(3).Select(item => item.Role).ToList();
        var asked = figures.RequestedRoles
            .Select(role => (Role: role, Figure: figures.Requests(TeamPeriod.Year, TeamFigures.All, role, RequestMeasure.Made)))
            .Where(item => item.Figure.Value > 0)
            .OrderByDescending(item => item.Figure.Value).Take(3).Select(item => item.Role).ToList();
        if (time.Count == 0 || asked.Count == 0)
        {
            return null;
        }

        var text = $"The team's time goes most to **{string.Join(", ", time.Select(Title))}**; teachers ask most for **{string.Join(", ", asked.Select(Title))}**.";
        var missing = asked.Where(role => !time.Contains(role, StringComparer.Ordinal)).ToList();
        return missing.Count == 0
            ? text + " Time and requests point the same way."
            : text + $" Asked for, but not where the time goes: {string.Join(", ", missing.Select(Title))} \u2014 \"one person cannot do it all\": a role to share out across the team?";
    }

    private static string Periods(TeamFigures figures) => string.Create(
        CultureInfo.InvariantCulture,
        $"School year {figures.Year.Label} so far (from {figures.Year.Start:d MMM}) \u00b7 last 4 school weeks: from {figures.RecentStart:d MMM} \u00b7 up to {figures.Today:d MMM}");

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Simplify(string? text) => new([.. (text ?? string.Empty).ToUpperInvariant().Where(char.IsLetterOrDigit)]);
}
