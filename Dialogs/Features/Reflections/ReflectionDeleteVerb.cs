using CoachBot.Cards.Actions;
using CoachBot.Cards.Views.Reflections;
using CoachBot.Dialogs.Engine;

namespace CoachBot.Dialogs.Features.Reflections;

/// <summary>
/// <c>reflection.delete</c>: Delete on a list asks first (in place of the list); the confirmation's Delete removes the
/// presser's own reflection for good and shows the list again. Someone else's reflection id finds nothing.
/// </summary>
public sealed class ReflectionDeleteVerb(ReflectionAccess access, ReflectionJournal journal, ReflectionLists lists) : ICardActionHandler
{
    public string Verb => ReflectionDeletePayload.VerbName;

    public async Task HandleAsync(DialogContext context, CardActionInput action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(action);
        if (await ReflectionGuard.CoachForButtonAsync(context, access, cancellationToken) is not { } coachId)
        {
            return;
        }

        if (CardActionPayload.Read<ReflectionDeletePayload>(action.Data).Payload is not { } payload)
        {
            DialogEngine.Answer(context, DialogEngineTexts.OutOfDate);
            return;
        }

        if (await journal.Store.FindAsync(coachId, payload.Id, cancellationToken) is not { } reflection)
        {
            DialogEngine.Answer(context, ReflectionTexts.NotFound);
            return;
        }

        if (!payload.Confirmed)
        {
            var item = journal.Item(reflection, context.Input);
            ReflectionGuard.Show(context, ReflectionDeleteCard.Create(item, payload.Filter, payload.BeforeAt, payload.BeforeId, context.NewCardId()));
            return;
        }

        var notice = await journal.DeleteAsync(coachId, payload.Id, context.Input.User, cancellationToken) ? "Deleted." : ReflectionTexts.NotFound;
        ReflectionGuard.Show(context, await lists.PageAsync(context, coachId, payload.Filter, payload.BeforeAt, payload.BeforeId, notice, cancellationToken));
    }
}
