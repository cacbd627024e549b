using CoachBot.Cards.Actions;
using CoachBot.Cards.Views.Reflections;
using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.OwnData;
using Microsoft.Extensions.Logging;

namespace CoachBot.Dialogs.Features.Reflections;

/// <summary>
/// <c>reflection.deleteall</c>: the answer to "Delete all your reflections?". Refused, with nothing deleted, in a group
/// chat or channel, from someone with no reflections of their own, from a card CoachBot did not send this person (forged
/// or forwarded), from one answered before, from one older than 10 minutes, and when the count changed since the card
/// asked. Otherwise Delete deletes them all for good (and says how many; their goal links go too) and Keep them keeps
/// them; either way the card is replaced by the outcome.
/// </summary>
public sealed partial class ReflectionDeleteAllVerb(
    ReflectionOwners owners, IReflectionStore store, ReflectionGoals goals, ILogger<ReflectionDeleteAllVerb> logger) : ICardActionHandler
{
    public string Verb => ReflectionDeleteAllPayload.VerbName;

    public async Task HandleAsync(DialogContext context, CardActionInput action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(action);
        if (context.Input.IsShared)
        {
            DialogEngine.Answer(context, ReflectionTexts.PrivateHere);
            return;
        }

        if (await owners.OwnerIdAsync(context.Input.User, cancellationToken) is not { } coachId)
        {
            DialogEngine.Answer(context, ReflectionTexts.ForTeachers);
            return;
        }

        var read = CardActionPayload.Read<ReflectionDeleteAllPayload>(action.Data);
        if (read.Payload is not { } payload || read.CardId is not { } cardId)
        {
            DialogEngine.Answer(context, ReflectionDataTexts.NotSent);
            return;
        }

        switch (await Confirmations.CheckAsync(context, cardId, ReflectionDeleteAllCard.Kind, cancellationToken))
        {
            case ConfirmationStatus.NotSent:
                DialogEngine.Answer(context, ReflectionDataTexts.NotSent);
                return;
            case ConfirmationStatus.Used:
                DialogEngine.Answer(context, ReflectionDataTexts.AlreadyAnswered);
                return;
            case ConfirmationStatus.Expired:
                DialogEngine.Answer(context, ReflectionDataTexts.Expired);
                return;
        }

        if (!payload.Confirmed)
        {
            await Confirmations.CompleteAsync(context, cardId, cancellationToken);
            ReflectionGuard.Show(context, ReflectionDeleteAllCard.Kept(context.NewCardId()));
            return;
        }

        if (await store.DeleteAllAsync(coachId, payload.Count, cancellationToken) is not { } deleted)
        {
            await Confirmations.CompleteAsync(context, cardId, cancellationToken);
            DialogEngine.Answer(context, ReflectionDataTexts.Changed(await owners.CountAsync(coachId, cancellationToken)));
            return;
        }

        // Their goals forget the links too, so no excerpt of a deleted reflection outlives it.
        await goals.ForgetAllAsync(context.Input.User, cancellationToken);
        await Confirmations.CompleteAsync(context, cardId, cancellationToken);
        Log.DeletedAll(logger, deleted);
        ReflectionGuard.Show(context, ReflectionDeleteAllCard.Deleted(deleted, context.NewCardId()));
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 5310, Level = LogLevel.Information, Message = "A coach deleted all their reflections ({Count})")]
        public static partial void DeletedAll(ILogger logger, int count);
    }
}
