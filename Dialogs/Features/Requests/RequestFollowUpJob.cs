using System.Text.Json;
using CoachBot.Cards.Views.Requests;
using CoachBot.Dialogs.Messaging;
using CoachBot.Dialogs.Scheduling;
using Microsoft.Extensions.Logging;

namespace CoachBot.Dialogs.Features.Requests;

/// <summary>
/// <c>request.followup</c>, after a claim or a cancel: tells the teacher who will help (once, with an @mention of the
/// coach), then brings every copy the coaches got up to date — "Claimed by X" or "Cancelled by the teacher", showing the
/// kind of support, school and urgency only. Updates go out one by one through the outbound rate budget (Teams' limits
/// per conversation and per tenant; a longer wait goes to the outbox), at most <see cref="UpdatesPerRun"/> per run. A copy
/// still waiting in the outbox has no activity id yet: the run looks again a minute later (the outbox also reports its
/// delivery, which queues this job).
/// </summary>
public sealed partial class RequestFollowUpJob(
    IRequestStore requests,
    IRequestCopyStore copies,
    IProactiveMessenger messenger,
    RequestViews views,
    TimeProvider time,
    ILogger<RequestFollowUpJob> logger) : IJobHandler
{
    public const string JobKind = "request.followup";

    /// <summary>Copies updated per run; the rest wait for the next run, right after.</summary>
    internal const int UpdatesPerRun = 25;

    /// <summary>How long a copy queued in the outbox is waited for (then it is left as it is).</summary>
    private const int WaitForQueuedCopiesAttempts = 60;

    public string Kind => JobKind;

    public async Task<JobOutcome> HandleAsync(JobContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var payload = JsonSerializer.Deserialize(context.PayloadJson, RequestsJsonContext.Default.FollowUpJobPayload);
        if (payload is null || await requests.FindAsync(payload.RequestId, cancellationToken) is not { } request)
        {
            return JobOutcome.Done;
        }

        if (request is { Status: RequestStatus.Claimed, TeacherToldAt: null, ClaimedBy: { } coach })
        {
            var card = RequestClaimedCard.Create(views.Card(request), coach.NameForReplies, coach.TeamsId, Guid.CreateVersion7(time.GetUtcNow()).ToString("N"));
            var told = await messenger.SendToUserAsync(request.TeacherAadObjectId, new MessageContent.Card(card), cancellationToken);
            if (told is SendOutcome.Throttled { Queued: false } wait)
            {
                return JobOutcome.RetryAt(time.GetUtcNow() + wait.RetryAfter, "Teams asked to wait before the teacher could be told");
            }

            if (told is not (SendOutcome.Sent or SendOutcome.Throttled))
            {
                Log.TeacherNotTold(logger, request.Id, told.GetType().Name);
            }

            await requests.MarkTeacherToldAsync(request.Id, time.GetUtcNow(), cancellationToken);
        }

        var waiting = false;
        var updated = 0;
        foreach (var copy in await copies.ListAsync(request.Id, cancellationToken))
        {
            var shown = ShownTo(request, copy);
            if (copy.Shown == shown || copy.Delivery is CopyDelivery.Unreachable or CopyDelivery.Failed)
            {
                continue;
            }

            if (copy.ActivityId is null || copy.ConversationId is null)
            {
                waiting = true;
                continue;
            }

            if (updated == UpdatesPerRun)
            {
                return JobOutcome.RetryAt(time.GetUtcNow(), "more copies to update");
            }

            var card = CoachRequestCard.Create(
                new CoachRequestModel(views.Card(request), Cards(shown), request.ClaimedBy?.NameForReplies, copy.CanClaim, null, []),
                copy.CardId ?? Guid.CreateVersion7(time.GetUtcNow()).ToString("N"));
            var outcome = await messenger.UpdateAsync(copy.ConversationId, copy.ActivityId, new MessageContent.Card(card), cancellationToken);
            if (outcome is SendOutcome.Throttled { Queued: false } throttled)
            {
                return JobOutcome.RetryAt(time.GetUtcNow() + throttled.RetryAfter, "Teams asked to wait before updating a copy");
            }

            if (outcome is SendOutcome.NotReachable or SendOutcome.Failed)
            {
                Log.CopyNotUpdated(logger, request.Id, outcome.GetType().Name);
            }

            // Updated, queued in the outbox, or not updatable (the chat is gone): either way nothing more to do for it.
            await copies.MarkShownAsync(request.Id, copy.RecipientAadObjectId, shown, time.GetUtcNow(), cancellationToken);
            updated++;
        }

        if (waiting && context.Attempt < WaitForQueuedCopiesAttempts)
        {
            return JobOutcome.RetryAt(time.GetUtcNow().AddMinutes(1), "copies still waiting in the outbox");
        }

        return JobOutcome.Done;
    }

    /// <summary>What <paramref name="copy"/> should show now.</summary>
    internal static CopyView ShownTo(SupportRequest request, RequestCopy copy) => request.Status switch
    {
        RequestStatus.Claimed => request.ClaimedBy?.AadObjectId == copy.RecipientAadObjectId ? CopyView.ClaimedByYou : CopyView.ClaimedByOther,
        RequestStatus.Cancelled => CopyView.Cancelled,
        _ => CopyView.Open,
    };

    internal static CoachCopyView Cards(CopyView view) => view switch
    {
        CopyView.ClaimedByYou => CoachCopyView.ClaimedByYou,
        CopyView.ClaimedByOther => CoachCopyView.ClaimedByOther,
        CopyView.Cancelled => CoachCopyView.Cancelled,
        _ => CoachCopyView.Open,
    };

    private static partial class Log
    {
        [LoggerMessage(EventId = 4403, Level = LogLevel.Warning, Message = "The teacher of request {RequestId} could not be told who claimed it: {Outcome}")]
        public static partial void TeacherNotTold(ILogger logger, string requestId, string outcome);

        [LoggerMessage(EventId = 4404, Level = LogLevel.Warning, Message = "A copy of request {RequestId} could not be updated: {Outcome}")]
        public static partial void CopyNotUpdated(ILogger logger, string requestId, string outcome);
    }
}
