using CoachBot.Bot.Hosting;
using CoachBot.Dialogs.Scheduling;
using Microsoft.Extensions.Options;

namespace CoachBot.Bot.Pipeline;

/// <summary>
/// <c>pipeline.processed.purge</c>: deletes the records of processed activities older than <c>Bot:RedeliveryWindow</c>
/// (with them the Action.Execute answers kept for Teams' redeliveries, which can show what someone wrote), then schedules
/// itself again an hour later. <see cref="CoachBotHosting.PrepareAsync"/> schedules the first run at start-up, so the table
/// holds about a day of turns, not every turn ever.
/// </summary>
public sealed partial class ProcessedActivityPurgeJob(
    IProcessedActivityStore processed,
    IJobScheduler jobs,
    IOptions<BotOptions> options,
    TimeProvider timeProvider,
    ILogger<ProcessedActivityPurgeJob> logger) : IJobHandler
{
    public const string JobKind = "pipeline.processed.purge";

    /// <summary>How often the purge runs.</summary>
    public static readonly TimeSpan Every = TimeSpan.FromHours(1);

    public string Kind => JobKind;

    /// <summary>Schedules the next run (one pending run at most: it is keyed by its kind).</summary>
    public static Task ScheduleAsync(IJobScheduler jobs, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        return jobs.ScheduleAsync(JobKind, "{}", dueAt, JobKind, cancellationToken);
    }

    public async Task<JobOutcome> HandleAsync(JobContext context, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var deleted = await processed.PurgeBeforeAsync(now - options.Value.RedeliveryWindow, cancellationToken);
        Log.Purged(logger, deleted);
        await ScheduleAsync(jobs, now + Every, cancellationToken);
        return JobOutcome.Done;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 3008, Level = LogLevel.Debug, Message = "Deleted {Count} processed-activity records past the redelivery window")]
        public static partial void Purged(ILogger logger, int count);
    }
}
