using CoachBot.Dialogs.Features.Nudges;
using Microsoft.Extensions.Options;

namespace CoachBot.Bot.Outbound;

/// <summary>
/// The outbound rate budget (protocol.md §6.1), on <see cref="TimeProvider"/>: one sliding window per tenant
/// for every Connector call (default 50 per second, counted over 1 s + <c>Outbound:TenantPacingMargin</c> so that
/// uneven arrival at Teams does not push a second over its limit), and per conversation for sends (≤ 7 per second, ≤ 8 per
/// 2 seconds, ≤ 60 per 30 seconds and ≤ 1800 per hour). A caller reserves the earliest slot that satisfies
/// all of them and then waits for it; reservations are exact, so concurrent callers never overshoot a window.
/// The short windows keep exact logs (at most 30 seconds of timestamps); the hour keeps per-conversation
/// counts in <see cref="HourBucket"/>-wide buckets (<see cref="BucketedWindow"/>), which is conservative: a
/// send held back by the hourly cap may wait up to one bucket longer than strictly needed.
/// Live replies go first (issue 20, item 4): each tenant also keeps the slots of its live replies of the last
/// 10 seconds, and a <see cref="OutboundPriority.Background"/> call (a weekly nudge) only gets a slot while those
/// used less than <c>1 − Nudges:ShareOfBudgetWhileBusy</c> of the 10-second budget, and only while the tenant's
/// second keeps room for live replies (their part of the budget, or as many as came in the last second if more) and
/// never ahead of time — so live replies keep finding room; 10 seconds after the last live reply it gets the whole budget. The live path adds one list insert under the lock it already took.
/// </summary>
public sealed class OutboundRateLimiter(IOptions<OutboundOptions> options, IOptions<NudgesOptions> nudgeOptions, TimeProvider timeProvider)
{
    /// <summary>How far back live replies count against nudges (and how long after the last one nudges get everything).</summary>
    internal static readonly TimeSpan LiveWindow = TimeSpan.FromSeconds(10);

    /// <summary>Width of one bucket of the hourly count: the most a send held by the hourly cap waits too long.</summary>
    internal static readonly TimeSpan HourBucket = TimeSpan.FromSeconds(10);

    private const long Second = TimeSpan.TicksPerSecond;
    private const long TwoSeconds = 2 * TimeSpan.TicksPerSecond;
    private const long ThirtySeconds = 30 * TimeSpan.TicksPerSecond;
    private const long HourTicks = TimeSpan.TicksPerHour;
    private const long SweepEvery = 60 * TimeSpan.TicksPerSecond;
    private const long LiveTicks = 10 * TimeSpan.TicksPerSecond;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, TenantBudget> _tenants = new(StringComparer.Ordinal);
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
    public bool TryReserve(string? tenantId, string? conversationId, TimeSpan maxWait, out TimeSpan wait) =>
        TryReserve(tenantId, conversationId, OutboundPriority.Normal, maxWait, out wait);

    /// <summary>
    /// <see cref="TryReserve(string?, string?, TimeSpan, out TimeSpan)"/> with a priority: <see cref="OutboundPriority.Live"/>
    /// slots are remembered for 10 s, and a <see cref="OutboundPriority.Background"/> slot is the earliest that also
    /// leaves live replies their part of the tenant budget.
    /// </summary>
    public bool TryReserve(string? tenantId, string? conversationId, OutboundPriority priority, TimeSpan maxWait, out TimeSpan wait) =>
        TryReserve(tenantId, conversationId, priority, maxWait, out wait, out _);

    /// <summary>
    /// <see cref="TryReserve(string?, string?, OutboundPriority, TimeSpan, out TimeSpan)"/> that also says the moment
    /// reserved (<paramref name="slot"/>), for <see cref="Settle"/> once the call went.
    /// </summary>
    public bool TryReserve(string? tenantId, string? conversationId, OutboundPriority priority, TimeSpan maxWait, out TimeSpan wait, out DateTimeOffset slot)
    {
        var reserved = TryReserveTicks(tenantId, conversationId, priority, maxWait, out wait, out var ticks);
        slot = new DateTimeOffset(ticks, TimeSpan.Zero);
        return reserved;
    }

    /// <summary>
    /// A call reserved for <paramref name="booked"/> reached Teams at the latest at <paramref name="sentAt"/> (when its answer
    /// came back: its wait may have ended late, the process being busy, and the call itself takes time). Its entry in the
    /// tenant's window (and its conversation's short windows) moves there, so the calls reserved from now on keep the full
    /// window from the moment Teams counted it, and a call that arrived late does not bunch up at Teams with the calls a
    /// window after it (a 429). Costs the call's lateness and duration, which on a busy machine is what would otherwise come
    /// back as 429s. The hourly buckets keep it where it was booked (10 s buckets).
    /// </summary>
    public void Settle(string? tenantId, string? conversationId, OutboundPriority priority, DateTimeOffset booked, DateTimeOffset sentAt)
    {
        var from = booked.UtcTicks;
        var to = sentAt.UtcTicks;
        if (to <= from)
        {
            return;
        }

        lock (_lock)
        {
            if (_tenants.TryGetValue(tenantId ?? "", out var budget))
            {
                Move(budget.All, from, to);
                if (priority == OutboundPriority.Live)
                {
                    Move(budget.Live, from, to);
                }
            }

            if (conversationId is not null && _conversations.TryGetValue(conversationId, out var conversation))
            {
                Move(conversation.Recent, from, to);
            }
        }
    }

    private static void Move(List<long> sorted, long from, long to)
    {
        var index = sorted.BinarySearch(from);
        if (index >= 0)
        {
            sorted.RemoveAt(index);
            SlidingWindow.Insert(sorted, to);
        }
    }

    private bool TryReserveTicks(string? tenantId, string? conversationId, OutboundPriority priority, TimeSpan maxWait, out TimeSpan wait, out long reserved)
    {
        var o = options.Value;
        lock (_lock)
        {
            var now = timeProvider.GetUtcNow().UtcTicks;
            var tenantSpan = Second + o.TenantPacingMargin.Ticks;
            Sweep(now);
            var budget = TenantFor(tenantId ?? "", now, tenantSpan, priority != OutboundPriority.Normal);
            var tenant = budget.All;
            var conversation = conversationId is null ? null : Conversation(conversationId, now);

            var slot = now;
            while (true)
            {
                var next = SlidingWindow.EarliestFit(tenant, slot, o.TenantRequestsPerSecond, tenantSpan);
                if (priority == OutboundPriority.Background)
                {
                    next = BackgroundFit(budget, next, o.TenantRequestsPerSecond, tenantSpan);
                }

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
            reserved = slot;

            // While live replies are around, a nudge never books ahead: replies not yet asked for must find room.
            var bookingAheadOfLive = priority == OutboundPriority.Background && slot > now
                && SlidingWindow.CountIn(budget.Live, slot - LiveTicks + 1, slot + 1) > 0;
            if (wait > maxWait || bookingAheadOfLive)
            {
                return false;
            }

            SlidingWindow.Insert(tenant, slot);
            if (priority == OutboundPriority.Live)
            {
                SlidingWindow.Insert(budget.Live, slot);
            }

            if (conversation is not null)
            {
                SlidingWindow.Insert(conversation.Recent, slot);
                conversation.LastHour.Insert(slot);
            }

            return true;
        }
    }

    private TenantBudget TenantFor(string tenantId, long now, long tenantSpan, bool pruneLive)
    {
        if (!_tenants.TryGetValue(tenantId, out var budget))
        {
            budget = new TenantBudget();
            _tenants[tenantId] = budget;
        }

        SlidingWindow.Prune(budget.All, now - tenantSpan);
        if (pruneLive)
        {
            SlidingWindow.Prune(budget.Live, now - LiveTicks);
        }

        return budget;
    }

    /// <summary>
    /// The earliest moment at or after <paramref name="from"/> at which a nudge leaves live replies their part: no live
    /// reply in the 10 s before it, or live replies used less than (1 − share) of the 10-second budget and the tenant's
    /// second still has room for the larger of (1 − share) × the per-second budget and the live replies of the last
    /// second. Only moves forward; the caller loops until nothing moves.
    /// </summary>
    private long BackgroundFit(TenantBudget budget, long from, int perSecond, long tenantSpan)
    {
        var live = budget.Live;
        var share = nudgeOptions.Value.ShareOfBudgetWhileBusy;
        var t = from;
        while (true)
        {
            var inWindow = SlidingWindow.CountIn(live, t - LiveTicks + 1, t + 1);
            if (inWindow == 0)
            {
                return t;
            }

            // Live replies used too much of the last 10 s: wait until enough of them have left it.
            var liveLimit = (1 - share) * perSecond * (LiveTicks / (double)Second);
            if (inWindow >= liveLimit)
            {
                var mostAllowed = (int)Math.Ceiling(liveLimit) - 1;
                var first = SlidingWindow.CountIn(live, long.MinValue, t - LiveTicks + 1);
                t = mostAllowed < 0
                    ? live[first + inWindow - 1] + LiveTicks
                    : live[first + inWindow - mostAllowed - 1] + LiveTicks;
                continue;
            }

            // Leave room in the second for live replies: their part of the budget, or as many as came in the last second.
            var liveRoom = Math.Max((int)Math.Ceiling((1 - share) * perSecond), SlidingWindow.CountIn(live, t - Second + 1, t + 1));
            var nudgeLimit = perSecond - liveRoom;
            if (nudgeLimit < 1)
            {
                t = live[^1] + LiveTicks;
                continue;
            }

            var fit = SlidingWindow.EarliestFit(budget.All, t, nudgeLimit, tenantSpan);
            if (fit == t)
            {
                return t;
            }

            t = fit;
        }
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
        foreach (var (key, budget) in _tenants)
        {
            var log = budget.All;
            SlidingWindow.Prune(budget.Live, now - LiveTicks);
            if (budget.Live.Count == 0 && (log.Count == 0 || log[^1] < now - ThirtySeconds))
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

    /// <summary>One tenant's calls of the last second (reserved ones included) and its live replies of the last 10 s.</summary>
    private sealed class TenantBudget
    {
        public List<long> All { get; } = [];

        public List<long> Live { get; } = [];
    }

    /// <summary>One conversation's history: exact timestamps of the last 30 seconds, bucketed counts of the hour.</summary>
    private sealed class ConversationBudget(long now)
    {
        public List<long> Recent { get; } = [];

        public BucketedWindow LastHour { get; } = new(HourTicks, HourBucket.Ticks, now);
    }
}
