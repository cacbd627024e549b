using System.Globalization;
using System.Text.Json;
using CoachBot.Dialogs.Features.Goals;
using CoachBot.Dialogs.Messaging;
using CoachBot.Dialogs.School;
using CoachBot.Dialogs.Scheduling;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoachBot.Dialogs.Features.Nudges;

/// <summary>
/// <c>nudge.send</c>: sends one coach's weekly nudge (or the snooze reminder) and plans the next.
/// <list type="bullet">
/// <item>The due time is planned again from the schedule and the coach's zone as they are now: a zone that moved it later
/// waits for it; a run after the nudge's local school day (CoachBot was down all day) skips that week and counts it.</item>
/// <item>The nudge is claimed in the sent-nudges table (unique per coach, week and kind) under a lease, and marked sent only
/// after the connector accepted it. Throttled: the claim is given back and the job runs again when Teams said; refused
/// (403/404): the coach gets no nudges until they write again.</item>
/// </list>
/// </summary>
public sealed partial class NudgeJob(
    INudgeStore store,
    NudgeScheduling scheduling,
    NudgePlanner planner,
    NudgeViews views,
    IGoalStore goals,
    RosterPolicy roster,
    INudgeDelivery delivery,
    ICoachTimeZones zones,
    IOptions<NudgesOptions> options,
    TimeProvider time,
    ILogger<NudgeJob> logger) : IJobHandler
{
    public const string JobKind = "nudge.send";

    public string Kind => JobKind;

    public async Task<JobOutcome> HandleAsync(JobContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        NudgeJobPayload? payload;
        try
        {
            payload = JsonSerializer.Deserialize(context.PayloadJson, NudgesJsonContext.Default.NudgeJobPayload);
        }
        catch (JsonException)
        {
            payload = null;
        }

        if (payload is null || !DateOnly.TryParseExact(payload.Week, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var week))
        {
            return JobOutcome.Done;
        }

        var coach = payload.Coach;
        var schedule = await store.FindScheduleAsync(coach, cancellationToken);
        if (schedule is null || schedule.Paused || schedule.Unreachable)
        {
            return JobOutcome.Done;
        }

        if (!await roster.IsAllowedAsync(coach, CoachingRole.Coach, cancellationToken))
        {
            // No longer a coach: nothing is planned until they write to CoachBot as a coach again.
            await store.UpdateScheduleAsync(coach, s => s with { NextDue = null, NextWeek = null }, cancellationToken);
            await scheduling.CancelSnoozeAsync(coach, cancellationToken);
            return JobOutcome.Done;
        }

        var zone = await zones.ResolveAsync(coach, cancellationToken);

        // The runner may run a job late (CoachBot was down) but never early: "now" is at least the time it was due.
        var now = Max(time.GetUtcNow(), context.DueAt);
        var due = context.DueAt;
        if (payload.Kind == NudgeKind.Weekly && !payload.Now)
        {
            if (planner.DueIn(schedule, zone, week) is not { } planned || week == schedule.SkipWeek || (schedule.LastWeek is { } last && week <= last))
            {
                await store.MarkSkippedAsync(coach, week, NudgeKind.Weekly, now, cancellationToken);
                await scheduling.PlanAsync(coach, s => s, cancellationToken);
                return JobOutcome.Done;
            }

            if (planned > context.DueAt + TimeSpan.FromMinutes(1))
            {
                // The coach's zone (or schedule) moved it later since it was planned.
                return JobOutcome.RetryAt(planned, "planned again for the coach's time zone");
            }

            due = planned;
        }

        if (ZonedTime.LocalDate(now, zone) > ZonedTime.LocalDate(due, zone))
        {
            // Its local school day is over: a nudge a day late is no nudge. That week is skipped, and counted.
            await store.MarkSkippedAsync(coach, week, payload.Kind, now, cancellationToken);
            Log.Missed(logger, payload.Kind, week);
            if (payload.Kind == NudgeKind.Weekly)
            {
                await scheduling.PlanAsync(coach, s => s with { LastWeek = week, Missed = s.Missed + 1 }, cancellationToken);
            }

            return JobOutcome.Done;
        }

        var clock = new GoalClock(now, zone, CultureInfo.GetCultureInfo("en-US"));
        var built = await views.BuildAsync(coach, clock, null, Guid.CreateVersion7(now).ToString("N"), cancellationToken);
        if (built.Active.Count == 0 && (payload.Kind == NudgeKind.Snooze || built.Snapshot.Undecided.Count == 0))
        {
            // Nothing to keep alive this week: no card, and the next week is planned.
            await store.MarkSkippedAsync(coach, week, payload.Kind, now, cancellationToken);
            if (payload.Kind == NudgeKind.Weekly)
            {
                await scheduling.PlanAsync(coach, s => s with { LastWeek = week }, cancellationToken);
            }

            return JobOutcome.Done;
        }

        var claim = await store.ClaimAsync(coach, week, payload.Kind, now, now + options.Value.ClaimLease, cancellationToken);
        switch (claim.Status)
        {
            case NudgeClaimStatus.AlreadyDone:
                if (payload.Kind == NudgeKind.Weekly)
                {
                    await scheduling.PlanAsync(coach, s => s with { LastWeek = week }, cancellationToken);
                }

                return JobOutcome.Done;
            case NudgeClaimStatus.Busy:
                return JobOutcome.RetryAt(claim.BusyUntil ?? now + options.Value.ClaimLease, "another sender holds this nudge");
            case NudgeClaimStatus.Reclaimed:
                Log.Resending(logger, payload.Kind, week, claim.Attempt);
                break;
        }

        var outcome = await delivery.SendAsync(coach, new MessageContent.Card(built.Card), cancellationToken);
        switch (outcome)
        {
            case SendOutcome.Sent sent:
                // Marked right after the connector's answer: a crash between the two is the one window for a duplicate.
                await store.MarkSentAsync(coach, week, payload.Kind, sent.ConversationId, sent.ActivityId, time.GetUtcNow(), cancellationToken);
                Log.Sent(logger, payload.Kind, week);
                if (payload.Kind == NudgeKind.Weekly)
                {
                    await OfferCarryOverAsync(coach, built, clock, cancellationToken);
                    await scheduling.PlanAsync(coach, s => s with { LastWeek = week }, cancellationToken);
                }

                return JobOutcome.Done;
            case SendOutcome.Throttled throttled:
                await store.ReleaseAsync(coach, week, payload.Kind, cancellationToken);
                Log.Throttled(logger, payload.Kind, week, throttled.RetryAfter);
                return JobOutcome.RetryAt(time.GetUtcNow() + throttled.RetryAfter, "Teams asked to wait");
            case SendOutcome.NotReachable:
                await store.ReleaseAsync(coach, week, payload.Kind, cancellationToken);
                await store.UpdateScheduleAsync(coach, s => s with { Unreachable = true, NextDue = null, NextWeek = null }, cancellationToken);
                await scheduling.CancelSnoozeAsync(coach, cancellationToken);
                Log.Unreachable(logger, payload.Kind, week);
                return JobOutcome.Done;
            default:
                await store.ReleaseAsync(coach, week, payload.Kind, cancellationToken);
                return JobOutcome.RetryLater("the nudge could not be sent");
        }
    }

    /// <summary>
    /// The first nudge of a new school year: the unfinished goals of ended years follow it, with Carry over / Mark done /
    /// Archive (offered once a year, as <c>goals</c> offers it; sent once, not retried: <c>goals</c> still shows how many wait).
    /// </summary>
    private async Task OfferCarryOverAsync(string coach, BuiltNudge built, GoalClock clock, CancellationToken cancellationToken)
    {
        var snapshot = built.Snapshot;
        if (snapshot.Undecided.Count == 0 || !await goals.MarkOfferedAsync(coach, GoalOffer.CarryOver, snapshot.Year, cancellationToken))
        {
            return;
        }

        var card = views.CarryOverCard(built, clock, Guid.CreateVersion7(clock.Now).ToString("N"));
        if (await delivery.SendAsync(coach, new MessageContent.Card(card), cancellationToken) is not SendOutcome.Sent)
        {
            Log.CarryOverNotSent(logger);
        }
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static partial class Log
    {
        [LoggerMessage(EventId = 5501, Level = LogLevel.Information, Message = "Nudge ({Kind}) for the week of {Week} sent")]
        public static partial void Sent(ILogger logger, NudgeKind kind, DateOnly week);

        [LoggerMessage(EventId = 5502, Level = LogLevel.Warning, Message = "Nudge ({Kind}) for the week of {Week} sent again (attempt {Attempt}): an earlier claim ran out unmarked, so this may duplicate it")]
        public static partial void Resending(ILogger logger, NudgeKind kind, DateOnly week, int attempt);

        [LoggerMessage(EventId = 5503, Level = LogLevel.Information, Message = "Nudge ({Kind}) for the week of {Week} missed: CoachBot was not running on its school day")]
        public static partial void Missed(ILogger logger, NudgeKind kind, DateOnly week);

        [LoggerMessage(EventId = 5504, Level = LogLevel.Information, Message = "Nudge ({Kind}) for the week of {Week} throttled; retrying in {RetryAfter}")]
        public static partial void Throttled(ILogger logger, NudgeKind kind, DateOnly week, TimeSpan retryAfter);

        [LoggerMessage(EventId = 5506, Level = LogLevel.Warning, Message = "Last year's unfinished goals could not be sent after the first nudge of the year; the goals card still lists them")]
        public static partial void CarryOverNotSent(ILogger logger);

        [LoggerMessage(EventId = 5505, Level = LogLevel.Information, Message = "Nudge ({Kind}) for the week of {Week} refused by Teams: nudges stop until the coach writes again")]
        public static partial void Unreachable(ILogger logger, NudgeKind kind, DateOnly week);
    }
}
