using System.Text.Json;
using CoachBot.Cards.Views.Requests;
using CoachBot.Dialogs.Messaging;
using CoachBot.Dialogs.Scheduling;
using Microsoft.Extensions.Logging;

namespace CoachBot.Dialogs.Features.Requests;

/// <summary>
/// <c>request.erased</c>, after <c>delete my requests</c>: every coach's copy of the request that still shows what the
/// teacher wrote (an open copy, or the claimer's) is updated to show only the kind of support, school and urgency —
/// "Withdrawn by the teacher" when deleting withdrew it. Paced like <see cref="RequestFollowUpJob"/>: one by one through
/// the outbound budget, at most <see cref="RequestFollowUpJob.UpdatesPerRun"/> per run, and a copy still waiting in the
/// outbox is looked at again a minute later.
/// </summary>
public sealed partial class RequestErasedJob(
    IRequestStore requests,
    IRequestCopyStore copies,
    IProactiveMessenger messenger,
    RequestViews views,
    TimeProvider time,
    ILogger<RequestErasedJob> logger) : IJobHandler
{
    public const string JobKind = "request.erased";

    private const int WaitForQueuedCopiesAttempts = 60;

    public string Kind => JobKind;

    public async Task<JobOutcome> HandleAsync(JobContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var payload = JsonSerializer.Deserialize(context.PayloadJson, RequestDataJsonContext.Default.ErasedJobPayload);
        if (payload is null || await requests.FindAsync(payload.RequestId, cancellationToken) is not { } request)
        {
            return JobOutcome.Done;
        }

        var waiting = false;
        var updated = 0;
        foreach (var copy in await copies.ListAsync(request.Id, cancellationToken))
        {
            // Claimed by someone else, passed on, given back or cancelled, a copy shows no words; one updated after the deletion is done.
            if (copy.Shown is not (CopyView.Open or CopyView.ClaimedByYou or CopyView.Done) || copy.UpdatedAt > payload.ErasedAt
                || copy.Delivery is CopyDelivery.Unreachable or CopyDelivery.Failed)
            {
                continue;
            }

            if (copy.ActivityId is null || copy.ConversationId is null)
            {
                waiting = true;
                continue;
            }

            if (updated == RequestFollowUpJob.UpdatesPerRun)
            {
                return JobOutcome.RetryAt(time.GetUtcNow(), "more copies to update");
            }

            var shown = CopyCards.ShownTo(request, copy);
            var card = ErasedCopyCard.Create(
                views.Card(request),
                CopyCards.CardView(shown),
                payload.Withdrawn,
                request.ClaimedBy?.NameForReplies,
                copy.CardId ?? Guid.CreateVersion7(time.GetUtcNow()).ToString("N"));
            if (await CopyRedraw.RedrawAsync(
                messenger, copies, time, request, copy, card, shown, outcome => Log.CopyNotUpdated(logger, request.Id, outcome), cancellationToken) is { } retry)
            {
                return retry;
            }

            updated++;
        }

        if (waiting && context.Attempt < WaitForQueuedCopiesAttempts)
        {
            return JobOutcome.RetryAt(time.GetUtcNow().AddMinutes(1), "copies still waiting in the outbox");
        }

        return JobOutcome.Done;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 5321, Level = LogLevel.Warning, Message = "A copy of request {RequestId} could not be updated after its teacher deleted their words: {Outcome}")]
        public static partial void CopyNotUpdated(ILogger logger, string requestId, string outcome);
    }
}
