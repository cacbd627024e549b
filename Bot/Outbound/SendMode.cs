namespace CoachBot.Bot.Outbound;

/// <summary>How long a call may wait and retry before it is handed to the outbox.</summary>
public enum SendMode
{
    /// <summary>Inside a user's turn: at most <c>Outbound:InTurnRetryBudget</c> (≈ 5 s) in all.</summary>
    InTurn,

    /// <summary>A proactive send: at most <c>Outbound:ProactiveRetryBudget</c>.</summary>
    Proactive,

    /// <summary>
    /// A proactive send that is never put in the outbox and never waits out a refusal (weekly nudges): one attempt, after
    /// its pacing slot (at most 1 s ahead); when Teams answers 429 (its Retry-After) or 503/502/504/412 or a timeout (the
    /// back-off), when no slot is free within the look-ahead, or when the conversation has calls waiting in the outbox, the
    /// caller is told <c>Throttled(…, Queued: false)</c> with the wait and tries again itself.
    /// </summary>
    ProactiveUnqueued,
}
