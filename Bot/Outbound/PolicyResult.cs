using CoachBot.Bot.Protocol.Connector;

namespace CoachBot.Bot.Outbound;

/// <summary>
/// What <see cref="ConnectorCallPolicy"/> made of a call: the last answer (null when pacing allowed no
/// attempt), how many attempts were made, and — when the budget ran out while Teams still asked to wait —
/// how long to wait before the next try (<see cref="DeferFor"/>).
/// </summary>
public sealed record PolicyResult(ConnectorResponse? Last, int Attempts, TimeSpan? DeferFor)
{
    /// <summary>A log-safe reason for a deferral.</summary>
    public string Describe() => Last?.Describe() ?? "paced: the tenant or conversation rate budget is full";
}
