using CoachBot.Cards.Actions;
using CoachBot.Cards.Views.Reflections;
using CoachBot.Dialogs.Engine;

namespace CoachBot.Dialogs.Features.Reflections;

/// <summary>
/// <c>reflection.edit</c>: the form filled with the presser's own reflection (its goal preselected) — in place of a
/// confirmation card, or as a new message below a list. Someone else's reflection id finds nothing.
/// </summary>
public sealed class ReflectionEditVerb(ReflectionAccess access, ReflectionJournal journal) : ICardActionHandler
{
    public string Verb => ReflectionEditPayload.VerbName;

    public async Task HandleAsync(DialogContext context, CardActionInput action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(action);
        if (await ReflectionGuard.CoachForButtonAsync(context, access, cancellationToken) is not { } coachId)
        {
            return;
        }

        if (CardActionPayload.Read<ReflectionEditPayload>(action.Data).Payload is not { } payload)
        {
            DialogEngine.Answer(context, DialogEngineTexts.OutOfDate);
            return;
        }

        if (await journal.Store.FindAsync(coachId, payload.Id, cancellationToken) is not { } reflection)
        {
            DialogEngine.Answer(context, ReflectionTexts.NotFound);
            return;
        }

        var form = await journal.FormCardAsync(context, reflection, diverted: false, text: null, cancellationToken);
        if (payload.InPlace)
        {
            ReflectionGuard.Show(context, form);
            return;
        }

        context.Reply(form);
        if (action.IsInvoke)
        {
            context.SetInvokeReply(new InvokeReply.Message("Edit it in the form below."));
        }
    }
}
