using System.Globalization;
using CoachBot.Cards;
using CoachBot.Cards.Views.Goals;
using CoachBot.Dialogs.Engine;

namespace CoachBot.Dialogs.Features.Goals;

/// <summary>How a goal action's outcome is told: the goals card with a notice, or a short text saying why not.</summary>
public sealed class GoalAnswers(GoalBoard board)
{
    /// <summary>
    /// Answers <paramref name="result"/>: the card of <paramref name="view"/> (the list, or the carry-over card) with the
    /// notice, shown by <paramref name="show"/>; "not found", "out of date" (with the current card), or why nothing changed.
    /// </summary>
    public async Task AnswerAsync(
        DialogContext context, GoalActionResult result, long id, string view, Action<RenderedCard> show, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(show);
        var clock = GoalClock.Of(context.Input);
        switch (result.Status)
        {
            case GoalChangeStatus.NotFound:
                DialogEngine.Answer(context, GoalsTexts.NotFound(id));
                return;
            case GoalChangeStatus.TooMany:
                var year = result.Goal?.Year ?? GoalYears.PlanningYear(board.Calendar, clock.Today);
                DialogEngine.Answer(context, GoalsTexts.TooMany(year.Label));
                return;
            case GoalChangeStatus.Stale:
                show(await CardAsync(context, view, new GoalNotice(GoalsTexts.OutOfDate, GoalTone.Warning), cancellationToken));
                return;
            case GoalChangeStatus.Unchanged:
                DialogEngine.Answer(context, NotActive(result.Goal, id));
                return;
            default:
                show(await CardAsync(context, view, result.Notice, cancellationToken));
                return;
        }
    }

    /// <summary>The card of <paramref name="view"/> as it is now, with <paramref name="notice"/>.</summary>
    public async Task<RenderedCard> CardAsync(DialogContext context, string view, GoalNotice? notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var clock = GoalClock.Of(context.Input);
        var snapshot = await board.LoadAsync(context.Input.User.Key, clock, cancellationToken);
        return view == GoalCardViews.CarryOver
            ? board.CarryOverCard(snapshot, clock, notice, context.NewCardId())
            : board.ListCard(snapshot, clock, notice, context.NewCardId());
    }

    /// <summary>Why a goal could not be changed: it is done, archived or carried over already.</summary>
    public static string NotActive(Goal? goal, long id)
    {
        var number = "#" + id.ToString(CultureInfo.InvariantCulture);
        return goal?.Status switch
        {
            GoalStatus.Done => $"Goal {number} is already marked done. Type **goals** to see your goals.",
            GoalStatus.Archived => $"Goal {number} is archived. Type **goals** to see your goals.",
            GoalStatus.CarriedOver => $"Goal {number} was carried over into a later year; it goes on under a new number. Type **goals** to see it.",
            _ => $"That doesn't change goal {number}. Type **goals** to see your goals.",
        };
    }
}
