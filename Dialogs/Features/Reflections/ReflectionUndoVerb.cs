using CoachBot.Cards.Actions;
using CoachBot.Cards.Views.Reflections;
using CoachBot.Dialogs.Engine;

namespace CoachBot.Dialogs.Features.Reflections;

/// <summary><c>reflection.undo</c>: takes back the presser's own reflection; the confirmation card says nothing is kept.</summary>
public sealed class ReflectionUndoVerb(ReflectionAccess access, ReflectionJournal journal) : ICardActionHandler
{
    public string Verb => ReflectionUndoPayload.VerbName;

    public async Task HandleAsync(DialogContext context, CardActionInput action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(action);
        if (await ReflectionGuard.CoachForButtonAsync(context, access, cancellationToken) is not { } coachId)
        {
            return;
        }

        if (CardActionPayload.Read<ReflectionUndoPayload>(action.Data).Payload is not { } payload)
        {
            DialogEngine.Answer(context, DialogEngineTexts.OutOfDate);
            return;
        }

        var reflection = await journal.Store.FindAsync(coachId, payload.Id, cancellationToken);
        if (reflection is null || !await journal.DeleteAsync(coachId, payload.Id, context.Input.User, cancellationToken))
        {
            DialogEngine.Answer(context, ReflectionTexts.NotFound);
            return;
        }

        ReflectionGuard.Show(context, ReflectionUndoneCard.Create(reflection.IsDiverted, context.NewCardId()));
    }
}
