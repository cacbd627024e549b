using CoachBot.Cards.Actions;
using CoachBot.Cards.Views.Reflections;
using CoachBot.Dialogs.Engine;

namespace CoachBot.Dialogs.Features.Reflections;

/// <summary><c>reflection.list</c>: Next, Newest and "Keep it": a page of the presser's own reflections in place of the card.</summary>
public sealed class ReflectionListVerb(ReflectionAccess access, ReflectionLists lists) : ICardActionHandler
{
    public string Verb => ReflectionListPayload.VerbName;

    public async Task HandleAsync(DialogContext context, CardActionInput action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(action);
        if (await ReflectionGuard.CoachForButtonAsync(context, access, cancellationToken) is not { } coachId)
        {
            return;
        }

        if (CardActionPayload.Read<ReflectionListPayload>(action.Data).Payload is not { } payload)
        {
            DialogEngine.Answer(context, DialogEngineTexts.OutOfDate);
            return;
        }

        ReflectionGuard.Show(context, await lists.PageAsync(context, coachId, payload.Filter, payload.BeforeAt, payload.BeforeId, null, cancellationToken));
    }
}
