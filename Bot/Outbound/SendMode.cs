namespace CoachBot.Bot.Outbound;

/// <summary>How long a call may wait and retry before it is handed to the outbox.</summary>
public enum SendMode
{
    /// <summary>Inside a user's turn: at most <c>Outbound:InTurnRetryBudget</c> (≈ 5 s) in all.</summary>
    InTurn,

    /// <summary>A proactive send: at most <c>Outbound:ProactiveRetryBudget</c>.</summary>
    Proactive,

    /// <summary>
    /// A proactive send that is never put in the outbox (weekly nudges): when Teams wants a longer wait than
    /// <c>Outbound:ProactiveRetryBudget</c>, or the conversation has calls waiting in the outbox, the caller is told
    /// <c>Throttled(…, Queued: false)</c> and tries again itself.
    /// </summary>
    ProactiveUnqueued,
}
