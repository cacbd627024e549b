using System.Text.Json;
using CoachBot.Cards.Actions;
using CoachBot.Cards.Views.Requests;
using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.OwnData;
using CoachBot.Dialogs.Scheduling;
using Microsoft.Extensions.Logging;

namespace CoachBot.Dialogs.Features.Requests;

/// <summary>
/// <c>request.deleteall</c>: the answer to "Delete your support requests?". Refused, with nothing changed, in a group chat
/// or channel, from a card CoachBot did not send this person (forged or forwarded), from one answered before, from one
/// older than 10 minutes, and when the number of requests changed since the card asked. Otherwise Delete withdraws the
/// open requests and deletes what the teacher wrote from all of them, then queues <see cref="RequestErasedJob"/> for each,
/// which brings the coaches' copies up to date; Keep them changes nothing. The card is replaced by the outcome.
/// </summary>
public sealed partial class RequestDeleteAllVerb(
    IRequestStore requests, IRequestDataStore data, IJobScheduler jobs, TimeProvider time, ILogger<RequestDeleteAllVerb> logger) : ICardActionHandler
{
    public string Verb => RequestDeleteAllPayload.VerbName;

    public async Task HandleAsync(DialogContext context, CardActionInput action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(action);
        if (context.Input.IsShared)
        {
            DialogEngine.Answer(context, RequestDataTexts.PrivateHere);
            return;
        }

        if (People.KeyOf(context.Input.User.AadObjectId) is not { } teacher)
        {
            DialogEngine.Answer(context, RequestTexts.NoIdentity);
            return;
        }

        var read = CardActionPayload.Read<RequestDeleteAllPayload>(action.Data);
        if (read.Payload is not { } payload || read.CardId is not { } cardId)
        {
            DialogEngine.Answer(context, RequestDataTexts.NotSent);
            return;
        }

        switch (await Confirmations.CheckAsync(context, cardId, RequestDeleteAllCard.Kind, cancellationToken))
        {
            case ConfirmationStatus.NotSent:
                DialogEngine.Answer(context, RequestDataTexts.NotSent);
                return;
            case ConfirmationStatus.Used:
                DialogEngine.Answer(context, RequestDataTexts.AlreadyAnswered);
                return;
            case ConfirmationStatus.Expired:
                DialogEngine.Answer(context, RequestDataTexts.Expired);
                return;
        }

        await Confirmations.CompleteAsync(context, cardId, cancellationToken);
        if (!payload.Confirmed)
        {
            Show(context, RequestDeleteAllCard.Kept(context.NewCardId()));
            return;
        }

        var now = time.GetUtcNow();
        if (await data.EraseAsync(teacher, payload.Count, now, cancellationToken) is not { } erasure)
        {
            var count = (await requests.ListByTeacherAsync(teacher, DeleteRequestsCommand.MaxRequests, cancellationToken)).Count;
            DialogEngine.Answer(context, RequestDataTexts.Changed(count));
            return;
        }

        var withdrawn = erasure.Withdrawn.ToHashSet(StringComparer.Ordinal);
        foreach (var id in erasure.Erased)
        {
            await jobs.ScheduleAsync(
                RequestErasedJob.JobKind,
                JsonSerializer.Serialize(new ErasedJobPayload(id, withdrawn.Contains(id), now), RequestDataJsonContext.Default.ErasedJobPayload),
                now,
                $"{RequestErasedJob.JobKind}:{id}",
                cancellationToken);
        }

        Log.Erased(logger, teacher, erasure.Erased.Count, erasure.Withdrawn.Count);
        Show(context, RequestDeleteAllCard.Deleted(erasure.Erased.Count, erasure.Withdrawn.Count, context.NewCardId()));
    }

    /// <summary>In place of the pressed card for Action.Execute, as a new message for Action.Submit.</summary>
    private static void Show(DialogContext context, Cards.RenderedCard card)
    {
        if (context.Input.Action is { IsInvoke: true })
        {
            context.SetInvokeReply(new InvokeReply.ReplaceCard(card));
        }
        else
        {
            context.Reply(card);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 5320, Level = LogLevel.Information, Message = "Teacher {Teacher} deleted their requests: words deleted from {Erased}, {Withdrawn} withdrawn")]
        public static partial void Erased(ILogger logger, string teacher, int erased, int withdrawn);
    }
}
