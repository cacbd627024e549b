using Microsoft.Extensions.Options;

namespace CoachBot.Bot.Outbound;

/// <summary>
/// The outbound rate budget (protocol.md §6.1), on <see cref="TimeProvider"/>: one sliding window per tenant
/// for every Connector call (default 50 per second), and per conversation for sends (≤ 7 per second, ≤ 8 per
/// 2 seconds, ≤ 60 per 30 seconds and ≤ 1800 per hour). A caller reserves the earliest slot that satisfies
/// all of them and then waits for it; reservations are exact, so concurrent callers never overshoot a window.
/// The short windows keep exact logs (at most 30 seconds of timestamps); the hour keeps per-conversation
/// counts in <see cref="HourBucket"/>-wide buckets (<see cref="BucketedWindow"/>), which is conservative: a
/// send held back by the hourly cap may wait up to one bucket longer than strictly needed.
/// </summary>
public sealed class OutboundRateLimiter(IOptions<OutboundOptions> options, TimeProvider timeProvider)
{
    /// <summary>Width of one bucket of the hourly count: the most a send held by the hourly cap waits too long.</summary>
    internal static readonly TimeSpan HourBucket = TimeSpan.FromSeconds(10);

    private const long Second = TimeSpan.TicksPerSecond;
    private const long TwoSeconds = 2 * TimeSpan.TicksPerSecond;
    private const long ThirtySeconds = 30 * TimeSpan.TicksPerSecond;
    private const long HourTicks = TimeSpan.TicksPerHour;
    private const long SweepEvery = 60 * TimeSpan.TicksPerSecond;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, List<long>> _tenants = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ConversationBudget> _conversations = new(StringComparer.Ordinal);
    private long _lastSweep;

    /// <summary>Conversations whose history is still held (the sweep forgets those idle for an hour).</summary>
    internal int TrackedConversations
    {
        get
        {
            lock (_lock)
            {
                return _conversations.Count;
            }
        }
    }

    /// <summary>
    /// Reserves the earliest slot for one call for <paramref name="tenantId"/> and, when given, into
    /// <paramref name="conversationId"/>. Returns false (and reserves nothing) when that slot is more than
    /// <paramref name="maxWait"/> away; <paramref name="wait"/> then says how far.
    /// </summary>
    public bool TryReserve(string? tenantId, string? conversationId, TimeSpan maxWait, out TimeSpan wait)
    {
        var o = options.Value;
        lock (_lock)
        {
            var now = timeProvider.GetUtcNow().UtcTicks;
            Sweep(now);
            var tenant = TenantLog(tenantId ?? "", now);
            var conversation = conversationId is null ? null : Conversation(conversationId, now);

            var slot = now;
            while (true)
            {
                var next = SlidingWindow.EarliestFit(tenant, slot, o.TenantRequestsPerSecond, Second);
                if (conversation is not null)
                {
                    var recent = conversation.Recent;
                    next = SlidingWindow.EarliestFit(recent, next, o.ConversationRequestsPerSecond, Second);
                    next = SlidingWindow.EarliestFit(recent, next, o.ConversationRequestsPer2Seconds, TwoSeconds);
                    next = SlidingWindow.EarliestFit(recent, next, o.ConversationRequestsPer30Seconds, ThirtySeconds);
                    next = conversation.LastHour.EarliestFit(next, o.ConversationRequestsPerHour);
                }

                if (next == slot)
                {
                    break;
                }

                slot = next;
            }

            wait = TimeSpan.FromTicks(slot - now);
            if (wait > maxWait)
            {
                return false;
            }

            SlidingWindow.Insert(tenant, slot);
            if (conversation is not null)
            {
                SlidingWindow.Insert(conversation.Recent, slot);
                conversation.LastHour.Insert(slot);
            }

            return true;
        }
    }

    private List<long> TenantLog(string tenantId, long now)
    {
        if (!_tenants.TryGetValue(tenantId, out var log))
        {
            log = [];
            _tenants[tenantId] = log;
        }

        SlidingWindow.Prune(log, now - Second);
        return log;
    }

    private ConversationBudget Conversation(string conversationId, long now)
    {
        if (!_conversations.TryGetValue(conversationId, out var budget))
        {
            budget = new ConversationBudget(now);
            _conversations[conversationId] = budget;
        }

        SlidingWindow.Prune(budget.Recent, now - ThirtySeconds);
        budget.LastHour.Prune(now);
        return budget;
    }

    /// <summary>
    /// Once a minute: forgets tenants with no call in the last 30 seconds, and conversations whose hourly count
    /// no longer matters (no send in the last hour and none reserved); a conversation that sent within the
    /// hour keeps its count even when idle now.
    /// </summary>
    private void Sweep(long now)
    {
        if (now - _lastSweep < SweepEvery)
        {
            return;
        }

        _lastSweep = now;
        foreach (var (key, log) in _tenants)
        {
            if (log.Count == 0 || log[^1] < now - ThirtySeconds)
            {
                _tenants.Remove(key);
            }
        }

        foreach (var (key, budget) in _conversations)
        {
            if (budget.LastHour.IsIdle(now))
            {
                _conversations.Remove(key);
            }
        }
    }

    /// <summary>One conversation's history: exact timestamps of the last 30 seconds, bucketed counts of the hour.</summary>
    private sealed class ConversationBudget(long now)
    {
        public List<long> Recent { get; } = [];

        public BucketedWindow LastHour { get; } = new(HourTicks, HourBucket.Ticks, now);
    }
}
