using System.Text.Json;
using CoachBot.Cards.Views.Requests;
using CoachBot.Dialogs.Messaging;
using CoachBot.Dialogs.Scheduling;
using Microsoft.Extensions.Logging;

namespace CoachBot.Dialogs.Features.Requests;

/// <summary>
/// <c>request.followup</c>, after a claim, a cancel, an assignment, a Done or a release: tells the teacher who will help
/// (once, with an @mention of the coach) or that it is done (once, asking for a rating); makes sure the coach who has it
/// holds a copy of their own in their personal chat (a claim made in a coaching channel, an assignment); then brings every
/// copy up to date — "Claimed by X" or "Cancelled by the teacher", showing the kind of support, school and urgency only.
/// Updates go out one by one through the outbound rate budget (Teams' limits per conversation and per tenant; a longer wait
/// goes to the outbox), at most <see cref="UpdatesPerRun"/> per run. A copy still waiting in the outbox has no activity id
/// yet: the run looks again a minute later (the outbox also reports its delivery, which queues this job).
/// </summary>
public sealed partial class RequestFollowUpJob(
    IRequestStore requests,
    IRequestCopyStore copies,
    IRequestFollowThroughStore followThrough,
    IProactiveMessenger messenger,
    CopyCards cards,
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

        var views = cards.Views;
        if (request is { Status: RequestStatus.Claimed, TeacherToldAt: null, ClaimedBy: { } coach })
        {
            var card = RequestClaimedCard.Create(views.Card(request), coach.NameForReplies, coach.TeamsId, NewCardId());
            if (await TellTeacherAsync(request, new MessageContent.Card(card), cancellationToken) is { } wait)
            {
                return wait;
            }

            await requests.MarkTeacherToldAsync(request.Id, time.GetUtcNow(), cancellationToken);
        }

        if (request is { Status: RequestStatus.Done, DoneToldAt: null, ClaimedBy: { } helper })
        {
            var card = RequestDoneCard.Create(new RequestDoneModel(views.Card(request), helper.NameForReplies, request.DoneNote ?? "", null), NewCardId());
            if (await TellTeacherAsync(request, new MessageContent.Card(card), cancellationToken) is { } wait)
            {
                return wait;
            }

            await followThrough.MarkDoneToldAsync(request.Id, time.GetUtcNow(), cancellationToken);
        }

        var all = await copies.ListAsync(request.Id, cancellationToken);
        if (request is { Status: RequestStatus.Claimed, ClaimedBy: { } claimer }
            && await GiveTheClaimerTheirCopyAsync(request, claimer, all, cancellationToken) is { } later)
        {
            return later;
        }

        all = await copies.ListAsync(request.Id, cancellationToken);
        var waiting = false;
        var updated = 0;
        foreach (var copy in all)
        {
            var shown = CopyCards.ShownTo(request, copy);
            if (copy.Shown == shown || copy.Delivery is CopyDelivery.Unreachable or CopyDelivery.Failed or CopyDelivery.InChannel)
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

            var card = cards.Card(request, copy, shown, all, copy.CardId ?? NewCardId());
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

    /// <summary>Null when the teacher was told (or cannot be); a retry when Teams asked to wait.</summary>
    private async Task<JobOutcome?> TellTeacherAsync(SupportRequest request, MessageContent content, CancellationToken cancellationToken)
    {
        var told = await messenger.SendToUserAsync(request.TeacherAadObjectId, content, cancellationToken);
        if (told is SendOutcome.Throttled { Queued: false } wait)
        {
            return JobOutcome.RetryAt(time.GetUtcNow() + wait.RetryAfter, "Teams asked to wait before the teacher could be told");
        }

        if (told is not (SendOutcome.Sent or SendOutcome.Throttled))
        {
            Log.TeacherNotTold(logger, request.Id, told.GetType().Name);
        }

        return null;
    }

    /// <summary>
    /// The coach who has the request needs a copy in their personal chat, with Done: one claimed in a coaching channel has
    /// only the channel's post, and one assigned by a lead coach may have no copy at all (or a copy of the routing, which is
    /// updated in place and announced). Null when done; a retry when Teams asked to wait.
    /// </summary>
    private async Task<JobOutcome?> GiveTheClaimerTheirCopyAsync(SupportRequest request, Helper claimer, IReadOnlyList<RequestCopy> all, CancellationToken cancellationToken)
    {
        var copy = all.FirstOrDefault(existing => existing.RecipientAadObjectId == claimer.AadObjectId);
        var assigned = request.AssignedBy is not null;
        var delivered = copy is { Delivery: CopyDelivery.Sent or CopyDelivery.Queued };
        if ((delivered && (!assigned || copy!.Reason == CopyReason.Assigned))
            || copy is { Delivery: CopyDelivery.Unreachable or CopyDelivery.Failed, Shown: CopyView.ClaimedByYou })
        {
            // They have it, or they were tried and cannot be reached (logged then; the teacher was told who has it).
            return null;
        }

        var now = time.GetUtcNow();
        if (delivered)
        {
            // Assigned to a coach who already had the request: their card is updated in place (the loop), and they are told.
            var text = $"{request.AssignedBy!.NameForReplies} assigned request {request.ShownId} to you. Its card now has Done; "
                + $"message {request.TeacherNameForReplies} in Teams to agree on a time. Type **request {request.ShownId}** to see it.";
            var told = await messenger.SendToUserAsync(claimer.AadObjectId, new MessageContent.Text(text), cancellationToken);
            if (told is SendOutcome.Throttled { Queued: false } wait)
            {
                return JobOutcome.RetryAt(now + wait.RetryAfter, "Teams asked to wait before the coach could be told");
            }

            await copies.SaveAsync(copy! with { Reason = CopyReason.Assigned, UpdatedAt = now }, cancellationToken);
            return null;
        }

        var cardId = Guid.CreateVersion7(now).ToString("N");
        var mine = new RequestCopy(request.Id, claimer.AadObjectId, claimer.Name, assigned ? CopyReason.Assigned : copy?.Reason ?? CopyReason.Channel,
            CopyDelivery.Sent, cardId, null, null, CopyView.ClaimedByYou, true, now) { Round = request.Round };
        var card = cards.Card(request, mine, CopyView.ClaimedByYou, all, cardId);
        var outcome = await messenger.SendToUserAsync(claimer.AadObjectId, new MessageContent.Card(card), cancellationToken);
        switch (outcome)
        {
            case SendOutcome.Throttled { Queued: false } throttled:
                return JobOutcome.RetryAt(now + throttled.RetryAfter, "Teams asked to wait before the coach's copy could be sent");
            case SendOutcome.Sent sent:
                mine = mine with { ConversationId = sent.ConversationId, ActivityId = sent.ActivityId };
                break;
            case SendOutcome.Throttled:
                mine = mine with { Delivery = CopyDelivery.Queued };
                break;
            default:
                Log.ClaimerNotReached(logger, request.Id, outcome.GetType().Name);
                mine = mine with { Delivery = CopyDelivery.Unreachable };
                break;
        }

        await copies.SaveAsync(mine, cancellationToken);
        return null;
    }

    private string NewCardId() => Guid.CreateVersion7(time.GetUtcNow()).ToString("N");

    private static partial class Log
    {
        [LoggerMessage(EventId = 4403, Level = LogLevel.Warning, Message = "The teacher of request {RequestId} could not be told who claimed it: {Outcome}")]
        public static partial void TeacherNotTold(ILogger logger, string requestId, string outcome);

        [LoggerMessage(EventId = 4404, Level = LogLevel.Warning, Message = "A copy of request {RequestId} could not be updated: {Outcome}")]
        public static partial void CopyNotUpdated(ILogger logger, string requestId, string outcome);

        [LoggerMessage(EventId = 5201, Level = LogLevel.Warning, Message = "The coach who has request {RequestId} could not be sent their copy: {Outcome}")]
        public static partial void ClaimerNotReached(ILogger logger, string requestId, string outcome);
    }
}
