namespace CoachBot.Bot.Scheduling;

/// <summary>
/// What one claim did: the jobs now leased to the runner, and the jobs given up because their lease ran out again
/// after the last allowed attempt (a job that keeps killing the process must not run forever).
/// </summary>
public sealed record JobClaim(IReadOnlyList<ClaimedJob> Claimed, IReadOnlyList<ClaimedJob> Abandoned);
