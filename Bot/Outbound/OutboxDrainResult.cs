namespace CoachBot.Bot.Outbound;

/// <summary>What one outbox round did.</summary>
public sealed record OutboxDrainResult(int Delivered, int Rescheduled, int Unreachable, int Failed);
