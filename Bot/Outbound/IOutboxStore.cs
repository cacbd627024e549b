namespace CoachBot.Bot.Outbound;

/// <summary>How much waits in the outbox: pending items in all, and when this conversation's oldest pending item is due.</summary>
public sealed record OutboxPending(long TotalPending, DateTimeOffset? ConversationHeadDueAt);

/// <summary>
/// The durable outbox's storage: calls that could not be made within their turn's or send's budget wait here, survive
/// restarts, and are delivered in order per conversation by <see cref="OutboxDispatcher"/>. Senders use it through
/// <see cref="Outbox"/>, which skips the lookup while nothing is queued.
/// </summary>
public interface IOutboxStore
{
    /// <summary>Queues a call; returns its id (ids grow in the order items are queued).</summary>
    Task<long> EnqueueAsync(OutboundOperation operation, DateTimeOffset dueAt, int attempts, string? lastError, CancellationToken cancellationToken);

    Task<OutboxPending> PendingAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>The first pending item of each conversation, when it is due (so each conversation stays in order), soonest first.</summary>
    Task<IReadOnlyList<OutboxItem>> GetDueHeadsAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken);

    Task<OutboxItem?> FindAsync(long id, CancellationToken cancellationToken);

    /// <summary>Every item of a conversation, oldest first (for inspection and tests).</summary>
    Task<IReadOnlyList<OutboxItem>> ListAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Ends an item: delivered (with the new activity id), unreachable or failed.</summary>
    Task CompleteAsync(long id, string status, int attempts, string? resultActivityId, string? lastError, CancellationToken cancellationToken);

    Task RescheduleAsync(long id, DateTimeOffset dueAt, int attempts, string? lastError, CancellationToken cancellationToken);

    /// <summary>Deletes finished items last touched before <paramref name="before"/>.</summary>
    Task PurgeFinishedAsync(DateTimeOffset before, CancellationToken cancellationToken);
}
