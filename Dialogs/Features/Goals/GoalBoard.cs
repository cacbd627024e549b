using System.Globalization;
using CoachBot.Cards;
using CoachBot.Cards.Formatting;
using CoachBot.Cards.Views.Goals;
using CoachBot.Cards.Text;
using CoachBot.Dialogs.School;

namespace CoachBot.Dialogs.Features.Goals;

/// <summary>A coach's goals as of one day: the planning year's goals and the unfinished goals of ended years.</summary>
public sealed record GoalSnapshot(SchoolYear Year, IReadOnlyList<Goal> All, DateOnly Today)
{
    /// <summary>The planning year's goals, by id.</summary>
    public IReadOnlyList<Goal> ThisYear { get; } = [.. All.Where(goal => goal.Year.Start == Year.Start).OrderBy(goal => goal.Id)];

    public IReadOnlyList<Goal> Active => [.. ThisYear.Where(goal => goal.Status == GoalStatus.Active)];

    /// <summary>Active goals of years that have ended: waiting for Carry over / Mark done / Archive.</summary>
    public IReadOnlyList<Goal> Undecided { get; } =
        [.. All.Where(goal => goal.Status == GoalStatus.Active && goal.Year.Start != Year.Start && GoalYears.HasEnded(goal.Year, Today)).OrderBy(goal => goal.Id)];
}

/// <summary>
/// Turns a coach's goals into what the goals cards show: progress in numbers and as a bar, pace in words, the five-goal
/// advice, what waits to be carried over, and the suggestions when there is nothing yet.
/// </summary>
public sealed class GoalBoard(IGoalStore store, SchoolCalendar calendar)
{
    public SchoolCalendar Calendar => calendar;

    public async Task<GoalSnapshot> LoadAsync(string coach, GoalClock clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var all = await store.ListAsync(coach, cancellationToken);
        return new GoalSnapshot(GoalYears.PlanningYear(calendar, clock.Today), all, clock.Today);
    }

    /// <summary>The goals list card.</summary>
    public RenderedCard ListCard(GoalSnapshot snapshot, GoalClock clock, GoalNotice? notice, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(clock);
        var year = snapshot.Year;
        var active = snapshot.Active;
        var done = snapshot.ThisYear.Where(goal => goal.Status == GoalStatus.Done).ToList();
        var archived = snapshot.ThisYear.Count(goal => goal.Status == GoalStatus.Archived);
        var nothingYet = active.Count == 0 && done.Count == 0;
        var model = new GoalListModel(
            year.Label,
            Subtitle(year, active.Count, clock),
            [.. active.Select(goal => Item(goal, clock))],
            [.. done.Select(goal => Item(goal, clock))],
            archived,
            FocusNote: active.Count > GoalRules.AdvisedActive ? GoalsTexts.FocusNote(active.Count) : null,
            CarryOverNote: CarryOverNote(snapshot),
            Notice: notice,
            Suggestions: nothingYet ? Suggestions() : null,
            Intro: nothingYet ? GoalsTexts.Intro(year.Label)
                : active.Count == 0 ? $"No active goals for {year.Label} right now. Add one when you're ready." : null,
            CanAdd: active.Count < GoalRules.MaxActive);
        return GoalListCard.Create(model, instanceId);
    }

    /// <summary>The card of unfinished goals from ended years (its list may be empty once all are decided).</summary>
    public RenderedCard CarryOverCard(GoalSnapshot snapshot, GoalClock clock, GoalNotice? notice, string instanceId, long? confirmGoalId = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(clock);
        var undecided = snapshot.Undecided;
        var years = undecided.Select(goal => goal.Year.Label).Distinct().ToList();
        var heading = years.Count switch
        {
            0 => "Last year's goals",
            1 => $"Unfinished goals from {years[0]}",
            _ => "Unfinished goals from earlier years",
        };
        var year = snapshot.Year;
        var into = year.Start > clock.Today
            ? $"into {year.Label} (it starts {DateTimeText.Date(year.Start, clock.Culture)})"
            : $"into {year.Label}";
        var intro = $"Carry a goal over {into} to keep working on it — its progress comes with it. " +
            "Mark it done if it was, or archive it to let it go.";
        string? confirm = null;
        if (confirmGoalId is { } id)
        {
            var adding = id == 0 ? undecided.Count : 1;
            confirm = GoalsTexts.CarryFocusQuestion(snapshot.Active.Count + adding, year.Label);
        }

        var model = new GoalCarryOverModel(
            heading,
            intro,
            [.. undecided.Select(goal => Item(goal, clock))],
            confirmGoalId,
            confirm,
            notice ?? (undecided.Count == 0 ? new GoalNotice("✔ All decided. Type goals to see this year's goals.") : null));
        return GoalCarryOverCard.Create(model, instanceId);
    }

    /// <summary>The small progress form for one goal.</summary>
    public RenderedCard ProgressForm(Goal goal, GoalClock clock, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(goal);
        var standing = GoalPace.Evaluate(goal, clock.Today, calendar);
        var open = goal.HasMilestones
            ? goal.Milestones.Select((milestone, position) => (milestone, position)).Where(m => !m.milestone.IsDone)
                .Select(m => new GoalMilestoneChoice(m.position, m.milestone.Text)).ToList()
            : null;
        return GoalProgressFormCard.Create(new GoalProgressFormModel(goal.Id, goal.Version, goal.Title, Numbers(goal, standing), open), instanceId);
    }

    /// <summary>The progress form with a choice of goal.</summary>
    public static RenderedCard ProgressPicker(IReadOnlyList<Goal> goals, int? amount, string instanceId) =>
        GoalProgressFormCard.Create(
            new GoalProgressFormModel(null, null, null, null, Picker: [.. goals.Select(goal => new GoalPickChoice(goal.Id, PlainText.OneLine(goal.Title, 80)))], Amount: amount),
            instanceId);

    /// <summary>The article's six added tasks as starting points.</summary>
    public static IReadOnlyList<GoalSuggestionView> Suggestions() =>
        [.. GoalServes.Tasks.Select(task => new GoalSuggestionView(task.Id, task.Title))];

    /// <summary>One goal as a card shows it.</summary>
    public GoalItemView Item(Goal goal, GoalClock clock)
    {
        ArgumentNullException.ThrowIfNull(goal);
        ArgumentNullException.ThrowIfNull(clock);
        var standing = GoalPace.Evaluate(goal, clock.Today, calendar);
        var (pace, tone) = Pace(goal, standing, clock);
        return new GoalItemView(
            goal.Id,
            goal.Version,
            goal.Title,
            GoalServes.Describe(goal.Serves),
            standing.BarFraction,
            Numbers(goal, standing),
            pace,
            tone,
            Due: goal.Due is { } due && goal.Status == GoalStatus.Active ? "Due " + DateTimeText.Date(due, clock.Culture) : null,
            LastReflection: LastReflection(goal.LastReflection, clock),
            Milestones: goal.HasMilestones ? [.. goal.Milestones.Select(m => new GoalMilestoneView(m.Text, m.IsDone))] : null);
    }

    /// <summary>The progress in words: "4 of 6 parent workshops (66%)", "2 of 5 milestones (40%)".</summary>
    public static string Numbers(Goal goal, GoalStanding standing)
    {
        ArgumentNullException.ThrowIfNull(goal);
        ArgumentNullException.ThrowIfNull(standing);
        if (standing.Goalpost == 0)
        {
            return "No target set";
        }

        var what = goal.HasMilestones ? " milestones" : string.IsNullOrEmpty(goal.Unit) ? "" : " " + goal.Unit;
        return string.Create(CultureInfo.InvariantCulture, $"{standing.Reached:N0} of {standing.Goalpost:N0}{what} ({standing.Percent}%)");
    }

    private static (string Text, GoalTone Tone) Pace(Goal goal, GoalStanding standing, GoalClock clock)
    {
        var unit = goal.HasMilestones ? (standing.ExpectedByNow == 1 ? " milestone" : " milestones") : "";
        return standing.Pace switch
        {
            PaceKind.Done => ($"✔ Done{(goal.DoneAt is { } at ? " on " + DateTimeText.Date(at, clock.Zone, clock.Culture) : "")}", GoalTone.Good),
            PaceKind.NoTarget => ("No target set — edit the goal to give it one", GoalTone.Neutral),
            PaceKind.Reached => (goal.HasMilestones ? "✔ Every milestone done — mark it done" : "✔ Target reached — mark it done", GoalTone.Good),
            PaceKind.NotStarted => ($"Not started — the school year starts {DateTimeText.Date(goal.Year.Start, clock.Culture)}", GoalTone.Neutral),
            PaceKind.YearOver => ($"Year over — {goal.Year.Label} ended {DateTimeText.Date(goal.Year.End, clock.Culture)}", GoalTone.Neutral),
            PaceKind.Overdue => ($"⚠ Overdue — it was due {DateTimeText.Date(goal.Due!.Value, clock.Culture)}", GoalTone.Warning),
            PaceKind.Behind => (
                string.Create(CultureInfo.InvariantCulture, $"⚠ Behind — the pace calls for {standing.ExpectedByNow}{unit} by now"),
                GoalTone.Warning),
            _ => standing.ExpectedByNow == 0
                ? ("✔ On track", GoalTone.Good)
                : (string.Create(CultureInfo.InvariantCulture, $"✔ On track — the pace calls for {standing.ExpectedByNow}{unit} by now"), GoalTone.Good),
        };
    }

    private static string? LastReflection(LinkedReflection? link, GoalClock clock)
    {
        if (link is null)
        {
            return null;
        }

        var days = clock.Today.DayNumber - ZonedTime.LocalDate(link.LinkedAt, clock.Zone).DayNumber;
        var when = days switch
        {
            <= 0 => "today",
            1 => "yesterday",
            _ => string.Create(CultureInfo.InvariantCulture, $"{days} days ago"),
        };
        return $"Last linked reflection {when}: “{PlainText.OneLine(link.Excerpt, 80)}”";
    }

    private string Subtitle(SchoolYear year, int active, GoalClock clock)
    {
        var count = active == 1 ? "1 active goal" : string.Create(CultureInfo.InvariantCulture, $"{active} active goals");
        if (clock.Today < year.Start)
        {
            return $"The school year starts {DateTimeText.Date(year.Start, clock.Culture)} · {count}";
        }

        var week = calendar.SchoolWeeksElapsed(clock.Today);
        return week == 0
            ? count
            : string.Create(CultureInfo.InvariantCulture, $"Week {week} of the school year · {count}");
    }

    private static string? CarryOverNote(GoalSnapshot snapshot)
    {
        var count = snapshot.Undecided.Count;
        if (count == 0)
        {
            return null;
        }

        var years = string.Join(" and ", snapshot.Undecided.Select(goal => goal.Year.Label).Distinct());
        var what = count == 1 ? "1 unfinished goal" : string.Create(CultureInfo.InvariantCulture, $"{count} unfinished goals");
        return $"{what} from {years} {(count == 1 ? "waits" : "wait")} for you: carry {(count == 1 ? "it" : "them")} over into {snapshot.Year.Label}, or archive {(count == 1 ? "it" : "them")}.";
    }
}
