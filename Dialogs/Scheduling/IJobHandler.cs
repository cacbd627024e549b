namespace CoachBot.Dialogs.Scheduling;

/// <summary>
/// Runs the jobs of one <see cref="Kind"/>. Register each handler in DI as <see cref="IJobHandler"/> (singleton); two
/// handlers of the same kind stop start-up. A handler may run again for the same job (after a crash mid-run), so it
/// should be idempotent. The token is cancelled when the job's lease runs out or the host stops.
/// </summary>
public interface IJobHandler
{
    /// <summary>The job kind this handler runs, e.g. <c>request.reminder</c>.</summary>
    string Kind { get; }

    /// <summary>Runs one job. An exception means "retry later" (with back-off, up to the attempt limit).</summary>
    Task<JobOutcome> HandleAsync(JobContext context, CancellationToken cancellationToken);
}
