using CoachBot.Bot.Protocol.Activities;
using CoachBot.Dialogs.Messaging;

namespace CoachBot.Bot.Pipeline;

/// <summary>
/// Sends a turn's replies to the conversation the inbound activity came from (its serviceUrl), with the
/// in-turn retry cap; longer waits are queued durably by the outbound layer.
/// </summary>
public interface IReplySender
{
    Task<SendOutcome> SendAsync(Activity inbound, Activity reply, CancellationToken cancellationToken);

    Task<SendOutcome> UpdateAsync(Activity inbound, string activityId, Activity replacement, CancellationToken cancellationToken);
}
