namespace CoachBot.Dialogs.Features.Nudges;

/// <summary>The two kinds of nudge a coach can get in one school week.</summary>
public enum NudgeKind
{
    /// <summary>The weekly nudge, on the coach's day and time.</summary>
    Weekly,

    /// <summary>The nudge again on the next school day, after Snooze.</summary>
    Snooze,
}

/// <summary>
/// A coach's nudge schedule. <see cref="Day"/> and <see cref="Time"/> are null until the coach chooses (then the first school
/// day of the week, <c>School:WeekStart</c>, at <c>Nudges:DefaultTime</c>). <see cref="ZoneId"/> is the zone the pending
/// nudge was planned in, so a change of zone is noticed and the nudge planned again.
/// </summary>
public sealed record NudgeSchedule(string Coach)
{
    public DayOfWeek? Day { get; init; }

    public TimeOnly? Time { get; init; }

    /// <summary>The coach said <c>pause nudges</c> (or pressed Pause nudges).</summary>
    public bool Paused { get; init; }

    /// <summary>Teams refused a nudge (403/404): none is sent until the coach writes to CoachBot again.</summary>
    public bool Unreachable { get; init; }

    public string? ZoneId { get; init; }

    /// <summary>The school week (its first day) the coach skipped.</summary>
    public DateOnly? SkipWeek { get; init; }

    /// <summary>The school week whose weekly nudge was sent (or skipped) last.</summary>
    public DateOnly? LastWeek { get; init; }

    /// <summary>The school week of the pending weekly nudge, and when it is due.</summary>
    public DateOnly? NextWeek { get; init; }

    public DateTimeOffset? NextDue { get; init; }

    /// <summary>Weekly nudges not sent because CoachBot was down all of their local school day.</summary>
    public int Missed { get; init; }
}

/// <summary>How a claim on a nudge went.</summary>
public enum NudgeClaimStatus
{
    /// <summary>Claimed: this sender sends it.</summary>
    Claimed,

    /// <summary>
    /// Claimed after an earlier claim ran out without being marked: the earlier sender crashed before the connector answered,
    /// or after it and before the mark. Sending again may duplicate it (the connector cannot be asked), so it is logged.
    /// </summary>
    Reclaimed,

    /// <summary>Already sent or skipped: nothing to do.</summary>
    AlreadyDone,

    /// <summary>Another sender holds it (until <see cref="NudgeClaim.BusyUntil"/>).</summary>
    Busy,
}

public sealed record NudgeClaim(NudgeClaimStatus Status, int Attempt, DateTimeOffset? BusyUntil = null);

/// <summary>One row of the sent-nudges table.</summary>
public sealed record SentNudge(string Coach, DateOnly Week, NudgeKind Kind, string Status, int Attempts, string? ConversationId, string? ActivityId, DateTimeOffset? SentAt);

/// <summary>
/// The coaches' nudge schedules and the sent-nudges table: one row per (coach, school week, kind), unique, claimed under a
/// lease before the send and marked sent only after the connector accepted it.
/// </summary>
public interface INudgeStore
{
    Task<NudgeSchedule?> FindScheduleAsync(string coach, CancellationToken cancellationToken);

    /// <summary>Applies <paramref name="change"/> to the coach's schedule (a new default one when there is none) atomically.</summary>
    Task<NudgeSchedule> UpdateScheduleAsync(string coach, Func<NudgeSchedule, NudgeSchedule> change, CancellationToken cancellationToken);

    /// <summary>Claims a nudge for sending until <paramref name="leaseUntil"/> (see <see cref="NudgeClaimStatus"/>).</summary>
    Task<NudgeClaim> ClaimAsync(string coach, DateOnly week, NudgeKind kind, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken);

    /// <summary>The connector accepted it: marked sent, with where it is (to update it later).</summary>
    Task MarkSentAsync(string coach, DateOnly week, NudgeKind kind, string conversationId, string activityId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Not sent and never to be (the week was skipped or missed); a nudge already sent stays sent.</summary>
    Task MarkSkippedAsync(string coach, DateOnly week, NudgeKind kind, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Gives a claim back after a send that surely did not go out (throttled, refused, failed).</summary>
    Task ReleaseAsync(string coach, DateOnly week, NudgeKind kind, CancellationToken cancellationToken);

    Task<SentNudge?> FindSentAsync(string coach, DateOnly week, NudgeKind kind, CancellationToken cancellationToken);
}

/// <summary>A coach's time zone as a job sees it: their own choice &gt; the zone Teams last reported &gt; the school default.</summary>
public interface ICoachTimeZones
{
    Task<TimeZoneInfo> ResolveAsync(string coach, CancellationToken cancellationToken);
}

/// <summary>
/// Sends a nudge to a coach's personal chat, never through the outbox: when Teams asks to wait longer than a proactive send
/// may, the answer is <c>Throttled(…, Queued: false)</c> and the job retries at that time.
/// </summary>
public interface INudgeDelivery
{
    Task<CoachBot.Dialogs.Messaging.SendOutcome> SendAsync(string coach, CoachBot.Dialogs.Messaging.MessageContent content, CancellationToken cancellationToken);
}
