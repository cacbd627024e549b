using CoachBot.Bot.Outbound;
using CoachBot.Dialogs.Features.Nudges;
using CoachBot.Dialogs.Messaging;

namespace CoachBot.Bot.Nudges;

/// <summary>
/// Sends a nudge to the coach's personal chat (opening it when needed) with the proactive retry budget, never through the
/// outbox: when Teams asks for a longer wait the job is told to retry then, so a nudge counts as sent only when it was.
/// </summary>
public sealed class NudgeDelivery(ProactiveMessenger messenger) : INudgeDelivery
{
    public Task<SendOutcome> SendAsync(string coach, MessageContent content, CancellationToken cancellationToken) =>
        messenger.SendToUserAsync(coach, content, SendMode.ProactiveUnqueued, cancellationToken);
}
