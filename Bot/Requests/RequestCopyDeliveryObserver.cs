using System.Text.Json;
using CoachBot.Bot.Outbound;
using CoachBot.Bot.Protocol.Activities;
using CoachBot.Cards.Views.Requests;
using CoachBot.Dialogs.Features.Requests;
using CoachBot.Dialogs.Scheduling;

namespace CoachBot.Bot.Requests;

/// <summary>
/// A coach's copy of a request that Teams made wait went out from the outbox: its activity id is recorded (so it can be
/// updated like the others), and when the request was claimed or cancelled meanwhile, the follow-up job is queued to
/// update it at once.
/// </summary>
public sealed class RequestCopyDeliveryObserver(IRequestCopyStore copies, IRequestStore requests, IJobScheduler jobs, TimeProvider time) : IOutboxDeliveryObserver
{
    public async Task OnDeliveredAsync(OutboxItem item, string activityId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Operation is not { Kind: OutboundOperationKind.Send, Activity: { } activity } || string.IsNullOrEmpty(activityId)
            || CopyCardId(activity) is not { } cardId)
        {
            return;
        }

        var requestId = await copies.RecordDeliveredAsync(cardId, item.Operation.Target.ConversationId, activityId, cancellationToken);
        if (requestId is not null && await requests.FindAsync(requestId, cancellationToken) is { Status: not RequestStatus.Open })
        {
            await jobs.ScheduleFollowUpAsync(requestId, time.GetUtcNow(), cancellationToken);
        }
    }

    private static string? CopyCardId(Activity activity) =>
        activity.Attachments?
            .Where(attachment => attachment.ContentType == ContentTypes.AdaptiveCard && attachment.Content is { ValueKind: JsonValueKind.Object })
            .Select(attachment => CoachRequestCard.InstanceIdOf(attachment.Content!.Element))
            .FirstOrDefault(id => id is not null);
}
