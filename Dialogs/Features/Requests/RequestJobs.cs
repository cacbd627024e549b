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

    /// <summary>
    /// Schedules the request's next follow-up in school days (<see cref="RequestNudgeJob"/>): one pending per request, so
    /// a claim's Done reminder replaces the claim reminder, and a new round's reminder replaces whatever was pending.
    /// </summary>
    public static Task ScheduleNudgeAsync(this IJobScheduler jobs, SupportRequest request, string stage, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentNullException.ThrowIfNull(request);
        var payload = new NudgeJobPayload(request.Id, stage, request.Round, stage == RequestNudgeJob.DoneReminder ? request.ClaimedAt?.ToUnixTimeMilliseconds() : null);
        return jobs.ScheduleAsync(
            RequestNudgeJob.JobKind,
            JsonSerializer.Serialize(payload, RequestsJsonContext.Default.NudgeJobPayload),
            dueAt,
            $"{RequestNudgeJob.JobKind}:{request.Id}",
            cancellationToken);
    }

    /// <summary>Schedules the reminder to finish a claimed request, <c>Requests:DoneWithinSchoolDays</c> after it was claimed.</summary>
    public static async Task ScheduleDoneReminderAsync(this IJobScheduler jobs, SupportRequest request, SchoolDayClock clock, RequestsOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(options);
        if (request.ClaimedAt is { } claimedAt && clock.After(claimedAt, options.DoneWithinSchoolDays) is { } due)
        {
            await jobs.ScheduleNudgeAsync(request, RequestNudgeJob.DoneReminder, due, cancellationToken);
        }
    }
}
