using CoachBot.Dialogs.Scheduling;

namespace CoachBot.Bot.Scheduling;

/// <summary>
/// The durable job table: <see cref="IJobScheduler"/> for features, and the lease operations of <see cref="JobRunner"/>.
/// An implementation must make claiming atomic: two runners (or processes) on one store never lease the same job.
/// </summary>
public interface IJobStore : IJobScheduler
{
    /// <summary>One job by id, or null.</summary>
    Task<JobRecord?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>Every job (any status) with this dedupe key, oldest first.</summary>
    Task<IReadOnlyList<JobRecord>> FindByDedupeKeyAsync(string dedupeKey, CancellationToken cancellationToken);

    /// <summary>
    /// Leases up to <paramref name="batchSize"/> jobs that are due (pending with due time reached, or running with an
    /// expired lease) to <paramref name="owner"/>, oldest due first, and counts the attempt. A job whose lease expired
    /// after its last allowed attempt is failed instead. A job is not leased while another job with its dedupe key runs.
    /// </summary>
    Task<JobClaim> ClaimDueAsync(DateTimeOffset now, string owner, TimeSpan leaseDuration, int batchSize, int maxAttempts, CancellationToken cancellationToken);

    /// <summary>
    /// The earliest moment after <paramref name="now"/> at which a pending job becomes due or a running job's lease runs
    /// out (when the worker should look again); null when there is none.
    /// </summary>
    Task<DateTimeOffset?> NextDueAfterAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Marks a leased job done or failed; false when the lease was lost (another runner took the job over).</summary>
    Task<bool> FinishAsync(ClaimedJob job, string owner, bool succeeded, string? lastError, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Puts a leased job back to pending, due at <paramref name="dueAt"/>; false when the lease was lost.</summary>
    Task<bool> RetryAsync(ClaimedJob job, string owner, DateTimeOffset dueAt, string? lastError, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Hands a leased job back untouched (the host is stopping): pending again, this attempt not counted.</summary>
    Task<bool> ReleaseAsync(ClaimedJob job, string owner, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Deletes done, failed and cancelled jobs last changed before <paramref name="before"/>.</summary>
    Task<int> PurgeFinishedAsync(DateTimeOffset before, CancellationToken cancellationToken);
}
