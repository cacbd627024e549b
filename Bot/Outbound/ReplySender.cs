using CoachBot.Bot.Pipeline;
using CoachBot.Bot.Protocol.Activities;
using CoachBot.Dialogs.Messaging;

namespace CoachBot.Bot.Outbound;

/// <summary>
/// <see cref="IReplySender"/> for the turn pipeline: sends into the inbound activity's conversation at its
/// serviceUrl through the send-to-conversation endpoint, with <c>replyToId</c> in the body (as teams.net does),
/// under the in-turn budget; longer waits go to the outbox.
/// </summary>
public sealed class ReplySender(IActivitySender sender) : IReplySender
{
    public Task<SendOutcome> SendAsync(Activity inbound, Activity reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        ArgumentNullException.ThrowIfNull(reply);
        if (TargetOf(inbound) is not { } target)
        {
            return Task.FromResult<SendOutcome>(new SendOutcome.Failed("the inbound activity has no serviceUrl or conversation id to reply to"));
        }

        if (string.IsNullOrEmpty(reply.ReplyToId) && !string.IsNullOrEmpty(inbound.Id))
        {
            reply.ReplyToId = inbound.Id;
        }

        return sender.SendAsync(target, reply, SendMode.InTurn, cancellationToken);
    }

    public Task<SendOutcome> UpdateAsync(Activity inbound, string activityId, Activity replacement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        ArgumentNullException.ThrowIfNull(replacement);
        return TargetOf(inbound) is { } target
            ? sender.UpdateAsync(target, activityId, replacement, SendMode.InTurn, cancellationToken)
            : Task.FromResult<SendOutcome>(new SendOutcome.Failed("the inbound activity has no serviceUrl or conversation id to update in"));
    }

    /// <summary>The conversation an inbound activity came from, or null when it lacks the serviceUrl or id.</summary>
    public static OutboundTarget? TargetOf(Activity inbound)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        return string.IsNullOrWhiteSpace(inbound.ServiceUrl) || string.IsNullOrWhiteSpace(inbound.Conversation?.Id)
            ? null
            : new OutboundTarget(inbound.ServiceUrl.Trim(), inbound.Conversation.Id, inbound.Conversation.TenantId ?? inbound.ChannelData?.Tenant?.Id);
    }
}
