namespace CoachBot.Bot.Scheduling;

/// <summary>Where a job is in its life.</summary>
public enum JobStatus
{
    /// <summary>Waiting for its due time (also after a retry was scheduled).</summary>
    Pending,

    /// <summary>Claimed by a runner under a lease; picked up again if the lease runs out.</summary>
    Running,

    Done,

    /// <summary>Given up: the handler failed it, the attempts ran out, or no handler knows its kind.</summary>
    Failed,

    /// <summary>Cancelled by its dedupe key, or superseded by a newer job of the same key.</summary>
    Cancelled,
}
