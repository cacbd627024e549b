namespace CoachBot.Dialogs.Scheduling;

/// <summary>
/// Puts work in the durable job table, to be run by the <see cref="IJobHandler"/> of the same kind once due —
/// even if CoachBot restarts in between.
/// </summary>
public interface IJobScheduler
{
    /// <summary>
    /// Schedules a job and returns its id. With a <paramref name="dedupeKey"/>, a pending job with that key is replaced
    /// (new kind, payload and due time, attempts reset) instead of adding a second one; a job of that key that is running
    /// right now is left to finish. <paramref name="payloadJson"/> must be a JSON document.
    /// </summary>
    Task<string> ScheduleAsync(string kind, string payloadJson, DateTimeOffset dueAt, string? dedupeKey, CancellationToken cancellationToken);

    /// <summary>Cancels the pending job with this key; false when there was none (a running job is not stopped).</summary>
    Task<bool> CancelAsync(string dedupeKey, CancellationToken cancellationToken);
}
