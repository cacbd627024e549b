using CoachBot.Dialogs.School;
using CoachBot.Dialogs.Scheduling;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoachBot.Dialogs.Features.RolesQa;

/// <summary>
/// <c>qa.unanswered.purge</c>: deletes the unanswered questions kept longer than <c>Privacy:KeepUnansweredDays</c> (all of them
/// when it is 0). It is due when the oldest question kept expires (scheduled whenever one is kept), and schedules itself again
/// for the next oldest, so no question is kept past its day.
/// </summary>
public sealed class UnansweredPurgeJob(
    IUnansweredQuestionStore store,
    IJobScheduler jobs,
    IOptions<PrivacyOptions> privacy,
    TimeProvider timeProvider,
    ILogger<UnansweredPurgeJob> logger) : IJobHandler
{
    public const string JobKind = "qa.unanswered.purge";

    public string Kind => JobKind;

    public async Task<JobOutcome> HandleAsync(JobContext context, CancellationToken cancellationToken)
    {
        var keep = privacy.Value.KeepUnansweredDays;
        var now = timeProvider.GetUtcNow();
        var (deleted, oldest) = await store.PurgeAsync(keep > 0 ? now.AddDays(-keep) : DateTimeOffset.MaxValue, cancellationToken);
        RolesQaLog.UnansweredPurged(logger, deleted, keep);
        if (oldest is { } first && keep > 0)
        {
            await jobs.ScheduleAsync(JobKind, "{}", first.AddDays(keep), JobKind, cancellationToken);
        }

        return JobOutcome.Done;
    }
}
