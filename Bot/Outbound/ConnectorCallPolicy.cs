using CoachBot.Bot.Protocol.Connector;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoachBot.Bot.Outbound;

/// <summary>
/// Runs one Connector call with pacing and retries (protocol.md §6): each attempt first reserves a slot in
/// the rate budget; a 429 waits for its <c>Retry-After</c>; 412/502/503/504, network errors and timeouts wait
/// a capped, jittered exponential back-off; 403 and other 4xx are final. All waiting stays within a time
/// budget and an attempt cap — past them the result says how long Teams wants us to wait
/// (<see cref="PolicyResult.DeferFor"/>) so the caller can hand the call to the outbox.
/// </summary>
public sealed partial class ConnectorCallPolicy(
    OutboundRateLimiter limiter,
    RetryBackoff backoff,
    IOutboundWaiter waiter,
    IOptions<OutboundOptions> options,
    TimeProvider timeProvider,
    ILogger<ConnectorCallPolicy> logger)
{
    /// <summary>
    /// How far ahead a nudge (<see cref="OutboundPriority.Background"/>) may book a slot: a nudge that would wait longer
    /// is handed back to its job with the wait, so nudges never book far ahead of live replies that have not come yet.
    /// </summary>
    internal static readonly TimeSpan BackgroundLookahead = TimeSpan.FromSeconds(1);

    /// <summary>A call answered this much after its slot is counted from its answer (<see cref="OutboundRateLimiter.Settle"/>).</summary>
    internal static readonly TimeSpan LateBy = TimeSpan.FromMilliseconds(1);

    /// <summary>The total wait budget of a mode (<c>Outbound:InTurnRetryBudget</c> / <c>ProactiveRetryBudget</c>).</summary>
    public TimeSpan BudgetFor(SendMode mode) =>
        mode == SendMode.InTurn ? options.Value.InTurnRetryBudget : options.Value.ProactiveRetryBudget;

    /// <summary>
    /// Calls <paramref name="call"/> until it succeeds, fails for good, or the budget or attempt cap is used up.
    /// <paramref name="paceConversationId"/> applies the per-conversation pacing (sends, updates, deletes);
    /// null paces by tenant only.
    /// </summary>
    public Task<PolicyResult> ExecuteAsync(
        string? tenantId,
        string? paceConversationId,
        TimeSpan budget,
        int maxAttempts,
        Func<CancellationToken, Task<ConnectorResponse>> call,
        CancellationToken cancellationToken) =>
        ExecuteAsync(tenantId, paceConversationId, OutboundPriority.Normal, budget, maxAttempts, call, cancellationToken);

    /// <summary>
    /// <see cref="ExecuteAsync(string?, string?, TimeSpan, int, Func{CancellationToken, Task{ConnectorResponse}}, CancellationToken)"/>
    /// with the call's <paramref name="priority"/> in the tenant budget (live replies first, nudges behind them).
    /// </summary>
    public async Task<PolicyResult> ExecuteAsync(
        string? tenantId,
        string? paceConversationId,
        OutboundPriority priority,
        TimeSpan budget,
        int maxAttempts,
        Func<CancellationToken, Task<ConnectorResponse>> call,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        var start = timeProvider.GetUtcNow();
        var attempts = 0;
        ConnectorResponse? last = null;
        while (true)
        {
            var remaining = budget - (timeProvider.GetUtcNow() - start);
            if (priority == OutboundPriority.Background && remaining > BackgroundLookahead)
            {
                remaining = BackgroundLookahead;
            }

            if (!limiter.TryReserve(tenantId, paceConversationId, priority, remaining < TimeSpan.Zero ? TimeSpan.Zero : remaining, out var pace, out var slot))
            {
                return new PolicyResult(last, attempts, pace);
            }

            await waiter.WaitAsync(pace, cancellationToken);
            attempts++;
            last = await call(cancellationToken);

            // Teams counted the call when it reached it: at the latest when its answer came back. Counting it from then, the
            // calls after it keep the whole window from its arrival however late the wait ended or slow the call was.
            if (timeProvider.GetUtcNow() - slot >= LateBy)
            {
                limiter.Settle(tenantId, paceConversationId, priority, slot, timeProvider.GetUtcNow());
            }
            if (!last.IsRetryable)
            {
                return new PolicyResult(last, attempts, null);
            }

            var delay = backoff.DelayFor(last.RetryAfter, attempts);
            var elapsed = timeProvider.GetUtcNow() - start;
            if (attempts >= maxAttempts || elapsed + delay > budget)
            {
                return new PolicyResult(last, attempts, delay);
            }

            Log.Retrying(logger, last.Status, attempts, delay);
            await waiter.WaitAsync(delay, cancellationToken);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 3301, Level = LogLevel.Information, Message = "Connector call ended {Status} on attempt {Attempt}; retrying in {Delay}")]
        public static partial void Retrying(ILogger logger, ConnectorStatus status, int attempt, TimeSpan delay);
    }
}
