using System.Globalization;
using System.Text.Json;
using CoachBot.Cards.Views.Goals;
using CoachBot.Dialogs.Engine;

namespace CoachBot.Dialogs.Features.Goals;

/// <summary>
/// <c>goals</c>: the coach's goals for the school year. The first time in a new year that unfinished goals of the last
/// year wait, their carry-over card comes first.
/// </summary>
public sealed class GoalsCommand(GoalBoard board, IGoalStore store) : IChatCommand
{
    public async Task RunAsync(DialogContext context, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var coach = context.Input.User.Key;
        var clock = GoalClock.Of(context.Input);
        var snapshot = await board.LoadAsync(coach, clock, cancellationToken);
        if (snapshot.Undecided.Count > 0 && await store.MarkOfferedAsync(coach, GoalOffer.CarryOver, snapshot.Year, cancellationToken))
        {
            context.Reply(board.CarryOverCard(snapshot, clock, null, context.NewCardId()));
        }

        if (snapshot.ThisYear.All(goal => goal.Status is GoalStatus.Archived or GoalStatus.CarriedOver))
        {
            // The empty list carries the set-your-goals suggestions: that is this year's offer.
            await store.MarkOfferedAsync(coach, GoalOffer.SetGoals, snapshot.Year, cancellationToken);
        }

        context.Reply(board.ListCard(snapshot, clock, null, context.NewCardId()));
    }
}

/// <summary><c>add goal</c> (optionally with its title): the add-goal form, after the focus question past five goals.</summary>
public sealed class AddGoalCommand : IChatCommand
{
    public async Task RunAsync(DialogContext context, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var start = new GoalFormStart { Title = string.IsNullOrWhiteSpace(arguments) ? null : arguments.Trim() };
        await context.BeginDialogAsync(GoalFormDialog.DialogId, JsonSerializer.SerializeToElement(start, GoalsJsonContext.Default.GoalFormStart), cancellationToken);
    }
}

/// <summary><c>edit goal #12</c>: the goal's form, filled in.</summary>
public sealed class EditGoalCommand : IChatCommand
{
    public async Task RunAsync(DialogContext context, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (GoalReference.Parse(arguments).GoalId is not { } id)
        {
            context.Reply("Which goal? Type **edit goal** and its number, e.g. **edit goal #12** — the numbers are on your **goals** card.");
            return;
        }

        var start = new GoalFormStart { GoalId = id };
        await context.BeginDialogAsync(GoalFormDialog.DialogId, JsonSerializer.SerializeToElement(start, GoalsJsonContext.Default.GoalFormStart), cancellationToken);
    }
}

/// <summary><c>goal done #12</c> and <c>archive goal #12</c>: change a goal's status by its number.</summary>
public sealed class GoalStatusCommand(GoalActions actions, GoalAnswers answers, GoalStatus target) : IChatCommand
{
    public async Task RunAsync(DialogContext context, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var verb = target == GoalStatus.Done ? "goal done" : "archive goal";
        if (GoalReference.Parse(arguments).GoalId is not { } id)
        {
            context.Reply($"Which goal? Type **{verb}** and its number, e.g. **{verb} #12** — the numbers are on your **goals** card.");
            return;
        }

        var coach = context.Input.User.Key;
        var clock = GoalClock.Of(context.Input);
        var result = target == GoalStatus.Done
            ? await actions.MarkDoneAsync(coach, id, null, clock, cancellationToken)
            : await actions.ArchiveAsync(coach, id, null, clock, cancellationToken);
        await answers.AnswerAsync(context, result, id, GoalCardViews.List, context.Reply, cancellationToken);
    }
}

/// <summary>
/// <c>log progress</c>: <c>log progress #12 +2</c> adds to a goal with a number, <c>log progress #12 milestone 2</c> ticks a
/// milestone; without a number (or for milestones) a small form asks; with several goals and none named, the form
/// lets the coach pick (a title's words also find a goal: <c>log progress workshops +1</c>).
/// </summary>
public sealed class LogProgressCommand(GoalBoard board, GoalActions actions, GoalAnswers answers) : IChatCommand
{
    public async Task RunAsync(DialogContext context, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reference = GoalReference.Parse(arguments);
        if (reference.AmountTooLarge || reference.Amount == 0)
        {
            context.Reply(string.Create(CultureInfo.InvariantCulture,
                $"Progress goes up or down by a whole number from 1 to {GoalRules.MaxStep:N0} at a time, e.g. **log progress #12 +2** (or **-1** to take a mistake back)."));
            return;
        }

        var coach = context.Input.User.Key;
        var clock = GoalClock.Of(context.Input);
        var snapshot = await board.LoadAsync(coach, clock, cancellationToken);
        Goal? goal;
        if (reference.GoalId is { } id)
        {
            goal = snapshot.All.FirstOrDefault(g => g.Id == id);
            if (goal is null)
            {
                context.Reply(GoalsTexts.NotFound(id));
                return;
            }

            if (goal.Status != GoalStatus.Active)
            {
                context.Reply(GoalAnswers.NotActive(goal, id));
                return;
            }
        }
        else
        {
            var active = snapshot.Active.Concat(snapshot.Undecided).ToList();
            if (active.Count == 0)
            {
                context.Reply($"You have no active goals for {snapshot.Year.Label} yet. Type **add goal** to set one.");
                return;
            }

            var matching = reference.Words.Length == 0 ? active : active.Where(g => g.Title.Contains(reference.Words, StringComparison.OrdinalIgnoreCase)).ToList();
            if (matching.Count == 1)
            {
                goal = matching[0];
            }
            else
            {
                if (reference.Words.Length > 0 && matching.Count == 0)
                {
                    context.Reply($"None of your active goals has “{reference.Words}” in its title, so pick one here.");
                }

                context.Reply(GoalBoard.ProgressPicker(matching.Count > 0 ? matching : active, reference.Amount, context.NewCardId()));
                return;
            }
        }

        if (goal.HasMilestones && reference.Milestone is { } milestone)
        {
            if (milestone < 1 || milestone > goal.Milestones.Count)
            {
                context.Reply(string.Create(CultureInfo.InvariantCulture, $"Goal #{goal.Id} has milestones 1 to {goal.Milestones.Count}."));
                return;
            }

            if (goal.Milestones[milestone - 1].IsDone)
            {
                context.Reply(string.Create(CultureInfo.InvariantCulture, $"Milestone {milestone} of goal #{goal.Id} is already done."));
                return;
            }

            var ticked = await actions.LogMilestonesAsync(coach, goal.Id, null, [milestone - 1], clock, cancellationToken);
            await answers.AnswerAsync(context, ticked, goal.Id, GoalCardViews.List, context.Reply, cancellationToken);
            return;
        }

        if (!goal.HasMilestones && reference.Amount is { } amount)
        {
            var logged = await actions.LogAmountAsync(coach, goal.Id, null, amount, clock, cancellationToken);
            await answers.AnswerAsync(context, logged, goal.Id, GoalCardViews.List, context.Reply, cancellationToken);
            return;
        }

        context.Reply(board.ProgressForm(goal, clock, context.NewCardId()));
    }
}
