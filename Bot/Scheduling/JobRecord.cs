namespace CoachBot.Bot.Scheduling;

/// <summary>A row of the job table, for diagnostics and tests.</summary>
public sealed record JobRecord(
    string Id,
    string Kind,
    string PayloadJson,
    DateTimeOffset DueAt,
    JobStatus Status,
    int Attempts,
    string? LeaseOwner,
    DateTimeOffset? LeaseUntil,
    string? LastError,
    string? DedupeKey,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
