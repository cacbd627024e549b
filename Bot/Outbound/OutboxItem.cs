namespace CoachBot.Bot.Outbound;

/// <summary>A queued call in the durable outbox.</summary>
public sealed record OutboxItem(
    long Id,
    OutboundOperation Operation,
    string Status,
    int Attempts,
    DateTimeOffset DueAt,
    string? LastError,
    string? ResultActivityId);
