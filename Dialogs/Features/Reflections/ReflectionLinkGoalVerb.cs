using CoachBot.Cards.Actions;
using CoachBot.Cards.Views.Reflections;
using CoachBot.Dialogs.Engine;

namespace CoachBot.Dialogs.Features.Reflections;

/// <summary>
/// <c>reflection.linkgoal</c>: "Link to goal #12: …" on a one-liner's confirmation card links the presser's own reflection
/// to their active goal and updates the card in place, showing the goal. A reflection undone or deleted, or a goal that
/// is not the presser's active goal (done or archived since, someone else's, or none), gets a short answer and nothing
/// changes — in the same words whoever's goal it is.
/// </summary>
public sealed class ReflectionLinkGoalVerb(ReflectionAccess access, ReflectionJournal journal) : ICardActionHandler
{
    public string Verb => ReflectionLinkGoalPayload.VerbName;

    public async Task HandleAsync(DialogContext context, CardActionInput action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(action);
        if (await ReflectionGuard.CoachForButtonAsync(context, access, cancellationToken) is not { } coachId)
        {
            return;
        }

        if (CardActionPayload.Read<ReflectionLinkGoalPayload>(action.Data).Payload is not { } payload)
        {
            DialogEngine.Answer(context, DialogEngineTexts.OutOfDate);
            return;
        }

        if (await journal.Store.FindAsync(coachId, payload.Id, cancellationToken) is not { } reflection)
        {
            DialogEngine.Answer(context, ReflectionTexts.NotFound);
            return;
        }

        if (reflection.IsDiverted)
        {
            DialogEngine.Answer(context, ReflectionTexts.DivertedNotLinked);
            return;
        }

        if (!await journal.Goals.MayLinkAsync(context.Input, reflection.Id, payload.GoalId, cancellationToken)
            || await journal.SetGoalAsync(reflection, payload.GoalId, context.Input, cancellationToken) is not { } linked
            || linked.Id != payload.GoalId)
        {
            DialogEngine.Answer(context, ReflectionTexts.GoalNotFound(payload.GoalId));
            return;
        }

        ReflectionGuard.Show(context, journal.SavedCard(reflection, updated: false, context, ReflectionGoals.Line(linked)));
    }
}
