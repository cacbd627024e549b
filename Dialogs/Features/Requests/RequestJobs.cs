using System.Text.Json;
using CoachBot.Dialogs.Scheduling;

namespace CoachBot.Dialogs.Features.Requests;

/// <summary>Schedules the requests feature's jobs (one pending job of each kind per request: later schedules replace it).</summary>
public static class RequestJobs
{
    public static Task ScheduleRouteAsync(this IJobScheduler jobs, string formCardId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        return jobs.ScheduleAsync(
            RouteRequestJob.JobKind,
            JsonSerializer.Serialize(new RouteJobPayload(formCardId), RequestsJsonContext.Default.RouteJobPayload),
            now,
            $"{RouteRequestJob.JobKind}:{formCardId}",
            cancellationToken);
    }

    /// <summary>Tells the teacher who claimed the request and brings every copy up to date, paced by the outbound budget.</summary>
    public static Task ScheduleFollowUpAsync(this IJobScheduler jobs, string requestId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        return jobs.ScheduleAsync(
            RequestFollowUpJob.JobKind,
            JsonSerializer.Serialize(new FollowUpJobPayload(requestId), RequestsJsonContext.Default.FollowUpJobPayload),
            now,
            $"{RequestFollowUpJob.JobKind}:{requestId}",
            cancellationToken);
    }
}
