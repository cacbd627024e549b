using System.Globalization;
using CoachBot.Cards.Text;
using CoachBot.Cards.Views.Goals;
using CoachBot.Dialogs.Engine;
using Microsoft.Extensions.Logging;

namespace CoachBot.Dialogs.Features.Goals;

/// <summary>The outcome of a goal action: the store's answer and the notice to show above the goals.</summary>
public sealed record GoalActionResult(GoalChangeStatus Status, Goal? Goal, GoalNotice? Notice, string? Problem = null);

/// <summary>
/// What the goal commands and buttons do to a goal — log progress, mark done, archive, undo, carry over — each one
/// atomic in the store, checked against the goal's version when it comes from a card, and logged without a word the
/// coach typed.
/// </summary>
public sealed partial class GoalActions(IGoalStore store, GoalBoard board, ILogger<GoalActions> logger)
{
    /// <summary>Adds <paramref name="amount"/> to a goal with a number (never below 0).</summary>
    public async Task<GoalActionResult> LogAmountAsync(string coach, long id, int? version, int amount, GoalClock clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var result = await store.ChangeAsync(coach, id, version, goal =>
        {
            if (goal.Status != GoalStatus.Active || goal.HasMilestones || amount == 0)
            {
                return null;
            }

            var progress = (int)Math.Clamp((long)goal.Progress + amount, 0, int.MaxValue);
            return new GoalEdit(goal with { Progress = progress, LastProgressAt = clock.Now }, new ProgressEntry(progress - goal.Progress, null));
        }, GoalRules.MaxActive, clock.Now, cancellationToken);
        if (result.Status == GoalChangeStatus.Changed)
        {
            Log.ProgressLogged(logger, id);
        }

        return With(result, goal =>
        {
            var standing = GoalPace.Evaluate(goal, clock.Today, board.Calendar);
            var sign = amount > 0 ? "+" : "";
            var reached = standing.Pace == PaceKind.Reached ? " Target reached — mark it done when you're ready." : "";
            return new GoalNotice(string.Create(CultureInfo.InvariantCulture, $"✔ Logged {sign}{amount} on “{Short(goal.Title)}”: {GoalBoard.Numbers(goal, standing)}.{reached}"));
        });
    }

    /// <summary>Marks milestones (0-based positions) of a goal done today.</summary>
    public async Task<GoalActionResult> LogMilestonesAsync(string coach, long id, int? version, IReadOnlyCollection<int> positions, GoalClock clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(positions);
        ArgumentNullException.ThrowIfNull(clock);
        var result = await store.ChangeAsync(coach, id, version, goal =>
        {
            if (goal.Status != GoalStatus.Active || !goal.HasMilestones || positions.Count == 0
                || positions.Any(p => p < 0 || p >= goal.Milestones.Count || goal.Milestones[p].IsDone))
            {
                return null;
            }

            var milestones = goal.Milestones.Select((m, i) => positions.Contains(i) ? m with { DoneOn = clock.Today } : m).ToList();
            return new GoalEdit(goal with { Milestones = milestones, LastProgressAt = clock.Now }, new ProgressEntry(0, positions.Min()));
        }, GoalRules.MaxActive, clock.Now, cancellationToken);
        if (result.Status == GoalChangeStatus.Changed)
        {
            Log.ProgressLogged(logger, id);
        }

        return With(result, goal =>
        {
            var standing = GoalPace.Evaluate(goal, clock.Today, board.Calendar);
            var what = positions.Count == 1 ? "a milestone" : string.Create(CultureInfo.InvariantCulture, $"{positions.Count} milestones");
            var reached = standing.Pace == PaceKind.Reached ? " Every milestone is done — mark the goal done when you're ready." : "";
            return new GoalNotice($"✔ Ticked off {what} of “{Short(goal.Title)}”: {GoalBoard.Numbers(goal, standing)}.{reached}");
        });
    }

    public async Task<GoalActionResult> MarkDoneAsync(string coach, long id, int? version, GoalClock clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var result = await store.ChangeAsync(
            coach, id, version, goal => goal.Status == GoalStatus.Active ? new GoalEdit(goal with { Status = GoalStatus.Done, DoneAt = clock.Now }) : null,
            GoalRules.MaxActive, clock.Now, cancellationToken);
        if (result.Status == GoalChangeStatus.Changed)
        {
            Log.StatusChanged(logger, id, GoalStatus.Done);
        }

        return With(result, goal => new GoalNotice($"✔ Done: “{Short(goal.Title)}”. Well done!", GoalTone.Good, goal.Id, goal.Version));
    }

    public async Task<GoalActionResult> ArchiveAsync(string coach, long id, int? version, GoalClock clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var result = await store.ChangeAsync(
            coach, id, version, goal => goal.Status is GoalStatus.Active or GoalStatus.Done ? new GoalEdit(goal with { Status = GoalStatus.Archived }) : null,
            GoalRules.MaxActive, clock.Now, cancellationToken);
        if (result.Status == GoalChangeStatus.Changed)
        {
            Log.StatusChanged(logger, id, GoalStatus.Archived);
        }

        return With(result, goal => new GoalNotice($"Archived: “{Short(goal.Title)}”.", GoalTone.Neutral, goal.Id, goal.Version));
    }

    /// <summary>Undoes a Mark done or an Archive: the goal is active again (within the year's limit).</summary>
    public async Task<GoalActionResult> RestoreAsync(string coach, long id, int version, GoalClock clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var result = await store.ChangeAsync(
            coach, id, version, goal => goal.Status is GoalStatus.Done or GoalStatus.Archived ? new GoalEdit(goal with { Status = GoalStatus.Active, DoneAt = null }) : null,
            GoalRules.MaxActive, clock.Now, cancellationToken);
        if (result.Status == GoalChangeStatus.Changed)
        {
            Log.StatusChanged(logger, id, GoalStatus.Active);
        }

        return With(result, goal => new GoalNotice($"✔ Back on your list: “{Short(goal.Title)}”."));
    }

    /// <summary>Carries an unfinished goal of an ended year into the planning year.</summary>
    public async Task<GoalActionResult> CarryOverAsync(string coach, long id, int? version, GoalSnapshot snapshot, GoalClock clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(clock);
        var year = snapshot.Year;
        var start = clock.Today > year.Start ? clock.Today : year.Start;
        var result = await store.CarryOverAsync(coach, id, version, year, start, GoalRules.MaxActive, clock.Now, cancellationToken);
        if (result.Status == GoalChangeStatus.Changed)
        {
            Log.CarriedOver(logger, id, result.Goal!.Id);
        }

        return With(result, goal => new GoalNotice($"✔ Carried over into {year.Label}: “{Short(goal.Title)}” (now #{goal.Id.ToString(CultureInfo.InvariantCulture)})."));
    }

    private static GoalActionResult With(GoalChangeResult result, Func<Goal, GoalNotice> notice) => result.Status switch
    {
        GoalChangeStatus.Changed => new GoalActionResult(result.Status, result.Goal, notice(result.Goal!)),
        _ => new GoalActionResult(result.Status, result.Goal, null),
    };

    private static string Short(string title) => PlainText.OneLine(title, 60);

    private static partial class Log
    {
        [LoggerMessage(EventId = 2701, Level = LogLevel.Information, Message = "Progress logged on goal {GoalId}")]
        public static partial void ProgressLogged(ILogger logger, long goalId);

        [LoggerMessage(EventId = 2702, Level = LogLevel.Information, Message = "Goal {GoalId} is now {Status}")]
        public static partial void StatusChanged(ILogger logger, long goalId, GoalStatus status);

        [LoggerMessage(EventId = 2703, Level = LogLevel.Information, Message = "Goal {GoalId} carried over as goal {NewGoalId}")]
        public static partial void CarriedOver(ILogger logger, long goalId, long newGoalId);
    }
}
