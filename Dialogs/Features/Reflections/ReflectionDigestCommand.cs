using System.Globalization;
using CoachBot.Cards.Views.Reflections;
using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.School;

namespace CoachBot.Dialogs.Features.Reflections;

/// <summary>
/// <c>reflection digest</c>: where the coach's time went across the ten roles, this school week and this school year
/// so far, with diverted time beside it, the streak and, when they apply, notes citing the article and naming each active
/// goal whose role has had no reflection for six school weeks, and beside the coach's school-year minutes the team's median
/// (<see cref="ReflectionTeamMedians"/>) when enough coaches logged time. A private output.
/// </summary>
public sealed class ReflectionDigestCommand(ReflectionAccess access, ReflectionJournal journal, SchoolCalendar calendar, ReflectionTeamMedians team) : IChatCommand
{
    public async Task RunAsync(DialogContext context, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await access.CoachIdAsync(context.Input.User, cancellationToken) is not { } coachId)
        {
            context.Reply(ReflectionTexts.ForTeachers);
            return;
        }

        var today = ZonedTime.LocalDate(context.Input.Now, context.Input.TimeZone);
        var year = calendar.GetSchoolYear(today);
        var from = year.Start < calendar.GetWeek(today).Start ? year.Start : calendar.GetWeek(today).Start;
        var figures = await journal.Store.FiguresAsync(coachId, from, cancellationToken);
        var weeks = await journal.Store.ReflectionWeeksAsync(coachId, cancellationToken);
        var digest = ReflectionDigest.Compute(figures, weeks, calendar, today);
        var goals = await journal.Goals.ActiveAsync(context.Input, cancellationToken);
        var quiet = ReflectionDigest.QuietGoals(goals, figures, calendar, today, [.. journal.Roles.Options.Select(option => option.Id)]);
        var median = await team.ForAsync(year.Start, today > year.End ? year.End : today, cancellationToken);
        context.Reply(ReflectionDigestCard.Create(Model(digest, context.Input.Culture, quiet, median), context.NewCardId()));
    }

    /// <summary>The card's model: numbers rounded for reading, roles with time first, the notes in words.</summary>
    /// <param name="median">The team's median for the school year so far; null when fewer than the minimum of coaches logged time.</param>
    public ReflectionDigestCardModel Model(DigestFigures digest, CultureInfo culture, IReadOnlyList<QuietGoalNote>? quietGoals = null, TeamMedian? median = null)
    {
        ArgumentNullException.ThrowIfNull(digest);
        ArgumentNullException.ThrowIfNull(culture);
        var roles = journal.Roles;
        var year = digest.YearSoFar;
        var rows = roles.Options
            .Select((option, order) => (option, order, week: digest.ThisWeek.Role(option.Id), year: year.Role(option.Id)))
            .Where(row => row.year.Count > 0 || row.week.Count > 0)
            .OrderByDescending(row => row.year.Minutes)
            .ThenByDescending(row => row.year.Count)
            .ThenBy(row => row.order)
            .Select(row => new ReflectionDigestRoleRow(
                row.option.Title,
                row.week.Count,
                Round(row.week.Minutes),
                row.year.Count,
                Round(row.year.Minutes),
                year.RoleMinutes > 0 ? row.year.Minutes / year.RoleMinutes : 0,
                median is null ? null : Round(median.Role(row.option.Id))))
            .ToList();
        var without = roles.Options
            .Where(option => year.Role(option.Id).Count == 0 && digest.ThisWeek.Role(option.Id).Count == 0)
            .Select(option => option.Title)
            .ToList();
        var notes = new List<string>();
        if (digest.Crowding is { } crowding)
        {
            notes.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"**{roles.Title(crowding.RoleId)}** took {Percent(crowding.Share)} of your role time this school year ({Round(crowding.Minutes):#,0} of {Round(crowding.RoleMinutes):#,0} min), crowding out the other roles. ")
                + "Jean Tower's article on the coach's role puts it plainly: \u201cOne person cannot do it all.\u201d "
                + "If this is where your time should go, make it one of your goals for the year; if not, it may be a piece to share with others.");
        }

        if (digest.SpreadThin is { } thin)
        {
            notes.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"Your time is spread thin: {thin.Roles} roles each got less than 10% of your role time over {thin.SchoolWeeks} school weeks. ")
                + "The article warns that heaping too much on a coach \u201cdiffuses the focus and dilutes the impact\u201d \u2014 "
                + "a few focused goals for the year can help.");
        }

        return new ReflectionDigestCardModel(
            WeekLabel(digest.Week, culture),
            digest.WeekIsBreak,
            digest.Year.Label,
            digest.YearEnded,
            Totals(digest.ThisWeek),
            Totals(year),
            rows,
            without,
            digest.Streak,
            digest.StreakOpen,
            notes,
            [.. (quietGoals ?? []).Select(note => new ReflectionDigestGoalNote(
                roles.Title(note.RoleId), [.. note.Goals.Select(goal => new ReflectionDigestGoal(goal.Id, goal.Title))], ReflectionDigest.QuietGoalSchoolWeeks))],
            median is null
                ? new ReflectionDigestTeam(team.MinimumGroupSize, null, null)
                : new ReflectionDigestTeam(team.MinimumGroupSize, median.Coaches, Round(median.Diverted)));
    }

    private static ReflectionDigestTotals Totals(PeriodFigures period) => new(
        period.Reflections,
        Round(period.RoleMinutes),
        period.DivertedEntries,
        period.DivertedMinutes,
        period.Unassigned,
        period.UnassignedMinutes);

    private static string WeekLabel(DateRange week, CultureInfo culture) =>
        $"{Day(week.Start, culture)} \u2013 {Day(week.End, culture)}";

    private static string Day(DateOnly date, CultureInfo culture) =>
        $"{date.ToString("ddd", culture)}, {date.ToString(culture.DateTimeFormat.MonthDayPattern, culture)}";

    private static int Round(double minutes) => (int)Math.Round(minutes, MidpointRounding.AwayFromZero);

    private static string Percent(double share) => string.Create(CultureInfo.InvariantCulture, $"{Math.Round(share * 100, MidpointRounding.AwayFromZero):0}%");
}
