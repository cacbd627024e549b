namespace CoachBot.Bot.Outbound;

/// <summary>
/// The outbox as senders and the dispatcher use it: <see cref="IOutboxStore"/>, plus a shortcut for the question every
/// send asks — does this conversation have calls waiting? Almost always nothing waits at all, so the last count of
/// pending items is kept with the number of outbox changes it was taken at; while no change happened since and the
/// count was zero, a send skips the lookup. Every change bumps the number after it is stored, so a count taken before
/// a change is never trusted after it. (One process: another instance's changes are not seen by the shortcut.)
/// </summary>
public sealed class Outbox(IOutboxStore store)
{
    private long _changes;
    private PendingCount? _lastCount;

    public IOutboxStore Store => store;

    public async Task<long> EnqueueAsync(OutboundOperation operation, DateTimeOffset dueAt, int attempts, string? lastError, CancellationToken cancellationToken)
    {
        var id = await store.EnqueueAsync(operation, dueAt, attempts, lastError, cancellationToken);
        Interlocked.Increment(ref _changes);
        return id;
    }

    /// <summary>When the oldest pending item of a conversation is due, or null when nothing waits for it.</summary>
    public async Task<DateTimeOffset?> PendingSinceAsync(string conversationId, CancellationToken cancellationToken)
    {
        var changes = Interlocked.Read(ref _changes);
        if (Volatile.Read(ref _lastCount) is { Pending: 0 } last && last.Changes == changes)
        {
            return null;
        }

        var pending = await store.PendingAsync(conversationId, cancellationToken);
        Volatile.Write(ref _lastCount, new PendingCount(changes, pending.TotalPending));
        return pending.ConversationHeadDueAt;
    }

    public Task<IReadOnlyList<OutboxItem>> GetDueHeadsAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken) =>
        store.GetDueHeadsAsync(now, limit, cancellationToken);

    public async Task CompleteAsync(long id, string status, int attempts, string? resultActivityId, string? lastError, CancellationToken cancellationToken)
    {
        await store.CompleteAsync(id, status, attempts, resultActivityId, lastError, cancellationToken);
        Interlocked.Increment(ref _changes);
    }

    public async Task RescheduleAsync(long id, DateTimeOffset dueAt, int attempts, string? lastError, CancellationToken cancellationToken)
    {
        await store.RescheduleAsync(id, dueAt, attempts, lastError, cancellationToken);
        Interlocked.Increment(ref _changes);
    }

    public async Task PurgeFinishedAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        await store.PurgeFinishedAsync(before, cancellationToken);
        Interlocked.Increment(ref _changes);
    }

    /// <summary>How many items were pending when the outbox had seen <paramref name="Changes"/> changes.</summary>
    private sealed record PendingCount(long Changes, long Pending);
}
