using Microsoft.Extensions.Options;

namespace CoachBot.Bot.Outbound;

/// <summary>
/// The outbound rate budget (protocol.md §6.1), on <see cref="TimeProvider"/>: one sliding window per tenant
/// for every Connector call (default 50 per second), and per conversation for sends (≤ 7 per second and
/// ≤ 60 per 30 seconds). A caller reserves the earliest slot that satisfies all of them and then waits
/// for it; reservations are exact, so concurrent callers never overshoot a window.
/// </summary>
public sealed class OutboundRateLimiter(IOptions<OutboundOptions> options, TimeProvider timeProvider)
{
    private static readonly long Second = TimeSpan.TicksPerSecond;
    private static readonly long ThirtySeconds = 30 * TimeSpan.TicksPerSecond;
    private static readonly long SweepEvery = 60 * TimeSpan.TicksPerSecond;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, List<long>> _tenants = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<long>> _conversations = new(StringComparer.Ordinal);
    private long _lastSweep;

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
            var tenant = Log(_tenants, tenantId ?? "", now, Second);
            var conversation = conversationId is null ? null : Log(_conversations, conversationId, now, ThirtySeconds);

            var slot = now;
            while (true)
            {
                var next = SlidingWindow.EarliestFit(tenant, slot, o.TenantRequestsPerSecond, Second);
                if (conversation is not null)
                {
                    next = SlidingWindow.EarliestFit(conversation, next, o.ConversationRequestsPerSecond, Second);
                    next = SlidingWindow.EarliestFit(conversation, next, o.ConversationRequestsPer30Seconds, ThirtySeconds);
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
                SlidingWindow.Insert(conversation, slot);
            }

            return true;
        }
    }

    private static List<long> Log(Dictionary<string, List<long>> logs, string key, long now, long span)
    {
        if (!logs.TryGetValue(key, out var log))
        {
            log = [];
            logs[key] = log;
        }

        SlidingWindow.Prune(log, now - span);
        return log;
    }

    /// <summary>Forgets tenants and conversations with no call in the last 30 seconds (checked once a minute).</summary>
    private void Sweep(long now)
    {
        if (now - _lastSweep < SweepEvery)
        {
            return;
        }

        _lastSweep = now;
        foreach (var logs in new[] { _tenants, _conversations })
        {
            foreach (var key in logs.Where(pair => pair.Value.Count == 0 || pair.Value[^1] < now - ThirtySeconds).Select(pair => pair.Key).ToList())
            {
                logs.Remove(key);
            }
        }
    }
}
