using CoachBot.Bot.Protocol.Activities;
using CoachBot.Dialogs.Messaging;

namespace CoachBot.Bot.Outbound;

/// <summary>
/// Sends, updates and deletes activities with pacing, retries and the durable outbox; used for replies inside
/// a turn (<see cref="SendMode.InTurn"/>) and by the proactive messenger. Every call returns a
/// <see cref="SendOutcome"/>: <c>Sent</c> with the activity id, <c>NotReachable</c> (403/404; a send then marks
/// the conversation inactive), <c>Throttled(retryAfter, Queued: true)</c> when the outbox will deliver it
/// later, or <c>Failed</c> with a reason (including an untrusted serviceUrl, to which no token is sent).
/// </summary>
public interface IActivitySender
{
    /// <summary><c>POST v3/conversations/{id}/activities</c>; set <c>replyToId</c> on the activity to reply.</summary>
    Task<SendOutcome> SendAsync(OutboundTarget target, Activity activity, SendMode mode, CancellationToken cancellationToken);

    /// <summary><c>PUT v3/conversations/{id}/activities/{activityId}</c> with the full replacement.</summary>
    Task<SendOutcome> UpdateAsync(OutboundTarget target, string activityId, Activity activity, SendMode mode, CancellationToken cancellationToken);

    /// <summary><c>DELETE v3/conversations/{id}/activities/{activityId}</c>.</summary>
    Task<SendOutcome> DeleteAsync(OutboundTarget target, string activityId, SendMode mode, CancellationToken cancellationToken);
}
