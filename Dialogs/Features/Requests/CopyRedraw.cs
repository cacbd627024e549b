using CoachBot.Cards;
using CoachBot.Dialogs.Messaging;
using CoachBot.Dialogs.Scheduling;

namespace CoachBot.Dialogs.Features.Requests;

/// <summary>
/// Redraws one coach's copy of a request in Teams and records what it shows now: the step the follow-up job and the
/// erase job share. Updated, queued in the outbox, or not updatable (the chat is gone): either way the copy is marked as
/// showing <c>shown</c>. Only when Teams asks to wait is nothing marked, and the job is told when to run again.
/// </summary>
internal static class CopyRedraw
{
    /// <summary>Null when done with this copy; a retry when Teams asked to wait.</summary>
    /// <param name="notUpdated">Called with the outcome's name when the copy could not be updated (to log it).</param>
    public static async Task<JobOutcome?> RedrawAsync(
        IProactiveMessenger messenger,
        IRequestCopyStore copies,
        TimeProvider time,
        SupportRequest request,
        RequestCopy copy,
        RenderedCard card,
        CopyView shown,
        Action<string> notUpdated,
        CancellationToken cancellationToken)
    {
        var outcome = await messenger.UpdateAsync(copy.ConversationId!, copy.ActivityId!, new MessageContent.Card(card), cancellationToken);
        if (outcome is SendOutcome.Throttled { Queued: false } throttled)
        {
            return JobOutcome.RetryAt(time.GetUtcNow() + throttled.RetryAfter, "Teams asked to wait before updating a copy");
        }

        if (outcome is SendOutcome.NotReachable or SendOutcome.Failed)
        {
            notUpdated(outcome.GetType().Name);
        }

        await copies.MarkShownAsync(request.Id, copy.RecipientAadObjectId, shown, time.GetUtcNow(), cancellationToken);
        return null;
    }
}
