namespace CoachBot.Bot.Outbound;

/// <summary>
/// Told when the outbox delivers a call that its sender was answered <c>Throttled(…, Queued: true)</c> for,
/// e.g. to store the new activity id of a card that went out late. Register any number.
/// </summary>
public interface IOutboxDeliveryObserver
{
    /// <param name="item">The delivered item (its operation carries the conversation and activity).</param>
    /// <param name="activityId">The id Teams gave the activity (for a send) or the updated/deleted id.</param>
    Task OnDeliveredAsync(OutboxItem item, string activityId, CancellationToken cancellationToken);
}
