using System.Globalization;
using System.Text.Json;
using CoachBot.Dialogs.Scheduling;
using Microsoft.Extensions.Logging;

namespace CoachBot.Dialogs.Features.Nudges;

/// <summary>
/// Keeps each coach's pending nudge in the job table in step with their schedule: one weekly job per coach (dedupe key
/// <c>nudge|coach</c>) and at most one snooze reminder (<c>nudge-snooze|coach</c>). Every change of the schedule, of the
/// coach's zone, and every nudge sent plans the next one from the schedule as it is then.
/// </summary>
public sealed partial class NudgeScheduling(
    INudgeStore store,
    IJobScheduler jobs,
    NudgePlanner planner,
    ICoachTimeZones zones,
    TimeProvider time,
    ILogger<NudgeScheduling> logger)
{
    public static string WeeklyKey(string coach) => "nudge|" + coach;

    public static string SnoozeKey(string coach) => "nudge-snooze|" + coach;

    public static string WeekText(DateOnly week) => week.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// Changes the coach's schedule (a new default one when there is none) and plans the next weekly nudge in the coach's
    /// zone as it is now: none while paused or unreachable.
    /// </summary>
    public async Task<NudgeSchedule> PlanAsync(string coach, Func<NudgeSchedule, NudgeSchedule> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var zone = await zones.ResolveAsync(coach, cancellationToken);
        var now = time.GetUtcNow();
        var schedule = await store.UpdateScheduleAsync(coach, current =>
        {
            var changed = change(current) with { ZoneId = zone.Id };
            var plan = changed.Paused || changed.Unreachable ? null : planner.Next(changed, zone, now);
            return changed with { NextWeek = plan?.Week, NextDue = plan?.Due };
        }, cancellationToken);
        if (schedule is { NextWeek: { } week, NextDue: { } due })
        {
            var payload = JsonSerializer.Serialize(new NudgeJobPayload(coach, WeekText(week), NudgeKind.Weekly), NudgesJsonContext.Default.NudgeJobPayload);
            await jobs.ScheduleAsync(NudgeJob.JobKind, payload, due, WeeklyKey(coach), cancellationToken);
            Log.Planned(logger, week, due);
        }
        else
        {
            await jobs.CancelAsync(WeeklyKey(coach), cancellationToken);
        }

        return schedule;
    }

    /// <summary>Sends this week's nudge again at <paramref name="due"/> (Snooze).</summary>
    public Task SnoozeAsync(string coach, DateOnly week, DateTimeOffset due, CancellationToken cancellationToken)
    {
        var payload = JsonSerializer.Serialize(new NudgeJobPayload(coach, WeekText(week), NudgeKind.Snooze), NudgesJsonContext.Default.NudgeJobPayload);
        return jobs.ScheduleAsync(NudgeJob.JobKind, payload, due, SnoozeKey(coach), cancellationToken);
    }

    public Task CancelSnoozeAsync(string coach, CancellationToken cancellationToken) => jobs.CancelAsync(SnoozeKey(coach), cancellationToken);

    /// <summary>The Development trigger: this week's weekly nudge, due now, whatever the schedule says.</summary>
    public Task SendNowAsync(string coach, DateOnly week, CancellationToken cancellationToken)
    {
        var payload = JsonSerializer.Serialize(new NudgeJobPayload(coach, WeekText(week), NudgeKind.Weekly, Now: true), NudgesJsonContext.Default.NudgeJobPayload);
        return jobs.ScheduleAsync(NudgeJob.JobKind, payload, time.GetUtcNow(), WeeklyKey(coach), cancellationToken);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 5500, Level = LogLevel.Debug, Message = "Weekly nudge for the week of {Week} planned at {Due}")]
        public static partial void Planned(ILogger logger, DateOnly week, DateTimeOffset due);
    }
}
