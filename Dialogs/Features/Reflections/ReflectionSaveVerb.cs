using CoachBot.Cards.Actions;
using CoachBot.Cards.Views.Reflections;
using CoachBot.Dialogs.Engine;

namespace CoachBot.Dialogs.Features.Reflections;

/// <summary>
/// <c>reflection.save</c>: the form's Save. A problem is answered under the form and nothing is saved; a new
/// reflection is saved once per form (the form must be one CoachBot sent this person); an edit changes only the
/// presser's own reflection. The goal picked is linked (or, on an edit, the link changed or taken off); a goal that is
/// not the coach's active goal is answered under the form. The form is replaced by what was saved, with Edit and Undo.
/// </summary>
public sealed class ReflectionSaveVerb(ReflectionAccess access, ReflectionJournal journal, ReflectionRules rules) : ICardActionHandler
{
    public string Verb => ReflectionSavePayload.VerbName;

    public async Task HandleAsync(DialogContext context, CardActionInput action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(action);
        if (await ReflectionGuard.CoachForButtonAsync(context, access, cancellationToken) is not { } coachId)
        {
            return;
        }

        var read = CardActionPayload.Read<ReflectionSavePayload>(action.Data);
        if (read.Payload is not { } payload || read.CardId is not { } cardId)
        {
            DialogEngine.Answer(context, DialogEngineTexts.OutOfDate);
            return;
        }

        var values = ReflectionFormValues.Read(action.Data);
        var check = rules.CheckForm(values, context.Input.Culture);
        if (check.Content is not { } content)
        {
            DialogEngine.Answer(context, check.ProblemText!);
            return;
        }

        // The goal picked (diverted time drops it, as it drops roles): one of the coach's active goals, or the goal the
        // reflection is linked to already; anything else is answered under the form and nothing is saved.
        if (!ReflectionGoals.TryReadPick(values.Goal, out var picked, out var goalId)
            || (goalId is { } goal && content.Kind == ReflectionKind.Coaching
                && !await journal.Goals.MayLinkAsync(context.Input, payload.Id, goal, cancellationToken)))
        {
            DialogEngine.Answer(context, ReflectionTexts.FormGoalNotFound);
            return;
        }

        if (payload.Id is { } id)
        {
            if (await journal.UpdateAsync(coachId, id, content, context.Input, cancellationToken) is not { } updated)
            {
                DialogEngine.Answer(context, ReflectionTexts.NotFound);
                return;
            }

            // Without a picker on the form (no goals when it was sent) the link stays; a link is refreshed with the new words.
            var pick = picked ? goalId : (await journal.Goals.LinkedAsync(context.Input.User, id, cancellationToken))?.Id;
            var linked = await journal.SetGoalAsync(updated, pick, context.Input, cancellationToken);
            ReflectionGuard.Show(context, journal.SavedCard(updated, updated: true, context, ReflectionGoals.Line(linked)));
            return;
        }

        // A new reflection comes only from a form CoachBot sent this person, and only once: the form is marked used
        // after the save (turns of one conversation run one at a time, so a second press finds it used).
        if (await context.Cards.FindAsync(cardId, cancellationToken) is not { } form || form.UserKey != context.Input.User.Key)
        {
            DialogEngine.Answer(context, DialogEngineTexts.OutOfDate);
            return;
        }

        var saved = await journal.AddAsync(coachId, content, context.Input, cancellationToken);
        await context.Cards.TryCompleteAsync(cardId, context.Input.User.Key, cancellationToken);
        var link = goalId is not null ? await journal.SetGoalAsync(saved, goalId, context.Input, cancellationToken) : null;
        ReflectionGuard.Show(context, journal.SavedCard(saved, updated: false, context, ReflectionGoals.Line(link)));
    }
}
