namespace CoachBot.Dialogs.Scheduling;

/// <summary>One run of a job: <see cref="Attempt"/> is 1 on the first run.</summary>
public sealed record JobContext(string Id, string Kind, string PayloadJson, int Attempt, DateTimeOffset DueAt);
