namespace CoachBot.Bot.Outbound;

/// <summary>Whose turn a Connector call is in the per-tenant budget (issue 20, item 4: live replies go first).</summary>
public enum OutboundPriority
{
    /// <summary>A reply inside a user's turn: always uses the whole tenant budget, and is remembered for 10 s.</summary>
    Live,

    /// <summary>Any other call (proactive sends, the outbox, opening a chat): the whole tenant budget, first come first served.</summary>
    Normal,

    /// <summary>
    /// A weekly nudge: while a live reply went in the last 10 s it may only take a slot when live calls used less than
    /// <c>1 − Nudges:ShareOfBudgetWhileBusy</c> of the tenant budget over those 10 s, and only while the tenant's last
    /// second stays under that share of its budget; after 10 s without a live reply, the whole budget.
    /// </summary>
    Background,
}
