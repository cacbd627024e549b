namespace CoachBot.Bot.Scheduling;

/// <summary>A job a runner holds the lease of; <see cref="Attempt"/> doubles as the fencing token of the lease.</summary>
public sealed record ClaimedJob(string Id, string Kind, string PayloadJson, int Attempt, DateTimeOffset DueAt);
