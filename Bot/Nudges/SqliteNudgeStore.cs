using System.Globalization;
using CoachBot.Bot.Storage;
using CoachBot.Dialogs.Features.Nudges;
using Microsoft.Data.Sqlite;

namespace CoachBot.Bot.Nudges;

/// <summary>
/// <see cref="INudgeStore"/> on <c>nudge_schedules</c> and <c>nudges_sent</c>. A claim reads and writes its row in one write
/// transaction, so two senders (two job workers, two processes on one database) never both hold one nudge.
/// </summary>
public sealed class SqliteNudgeStore(SqliteDatabase database, TimeProvider time) : INudgeStore
{
    private const string DateFormat = "yyyy-MM-dd";

    private const string ScheduleColumns = "coach, day, time, paused, unreachable, zone, skip_week, last_week, next_week, next_due, missed";

    public Task<NudgeSchedule?> FindScheduleAsync(string coach, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(coach);
        return database.ReadAsync(session => Find(session, coach), cancellationToken);
    }

    public Task<NudgeSchedule> UpdateScheduleAsync(string coach, Func<NudgeSchedule, NudgeSchedule> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(coach);
        ArgumentNullException.ThrowIfNull(change);
        return database.WriteAsync(session =>
        {
            var updated = change(Find(session, coach) ?? new NudgeSchedule(coach)) with { Coach = coach };
            session.Execute(
                $"""
                INSERT INTO nudge_schedules ({ScheduleColumns}, updated_at)
                VALUES ($coach, $day, $time, $paused, $unreachable, $zone, $skip, $last, $nextWeek, $nextDue, $missed, $now)
                ON CONFLICT (coach) DO UPDATE SET day = $day, time = $time, paused = $paused, unreachable = $unreachable, zone = $zone,
                    skip_week = $skip, last_week = $last, next_week = $nextWeek, next_due = $nextDue, missed = $missed, updated_at = $now;
                """,
                ("$coach", coach),
                ("$day", updated.Day is { } day ? (int)day : (int?)null),
                ("$time", updated.Time?.ToString("HH:mm", CultureInfo.InvariantCulture)),
                ("$paused", updated.Paused ? 1 : 0),
                ("$unreachable", updated.Unreachable ? 1 : 0),
                ("$zone", updated.ZoneId),
                ("$skip", Date(updated.SkipWeek)),
                ("$last", Date(updated.LastWeek)),
                ("$nextWeek", Date(updated.NextWeek)),
                ("$nextDue", updated.NextDue?.ToUnixTimeMilliseconds()),
                ("$missed", updated.Missed),
                ("$now", time.GetUtcNow().ToUnixTimeMilliseconds()));
            return updated;
        }, cancellationToken);
    }

    public Task<NudgeClaim> ClaimAsync(string coach, DateOnly week, NudgeKind kind, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(coach);
        return database.WriteAsync(session =>
        {
            var key = Key(coach, week, kind);
            string? status = null;
            long lease = 0;
            var attempts = 0;
            using (var reader = session.Query(
                "SELECT status, lease_until, attempts FROM nudges_sent WHERE coach = $coach AND week = $week AND kind = $kind;", key))
            {
                if (reader.Read())
                {
                    status = reader.GetString(0);
                    lease = reader.IsDBNull(1) ? 0 : reader.GetInt64(1);
                    attempts = reader.GetInt32(2);
                }
            }

            switch (status)
            {
                case "sent" or "skipped":
                    return new NudgeClaim(NudgeClaimStatus.AlreadyDone, attempts);
                case "claimed" when lease > now.ToUnixTimeMilliseconds():
                    return new NudgeClaim(NudgeClaimStatus.Busy, attempts, DateTimeOffset.FromUnixTimeMilliseconds(lease));
            }

            session.Execute(
                """
                INSERT INTO nudges_sent (coach, week, kind, status, lease_until, attempts, updated_at)
                VALUES ($coach, $week, $kind, 'claimed', $lease, 1, $now)
                ON CONFLICT (coach, week, kind) DO UPDATE SET status = 'claimed', lease_until = $lease, attempts = attempts + 1, updated_at = $now;
                """,
                key[0], key[1], key[2], ("$lease", leaseUntil.ToUnixTimeMilliseconds()), ("$now", now.ToUnixTimeMilliseconds()));
            return new NudgeClaim(status == "claimed" ? NudgeClaimStatus.Reclaimed : NudgeClaimStatus.Claimed, attempts + 1);
        }, cancellationToken);
    }

    public Task MarkSentAsync(string coach, DateOnly week, NudgeKind kind, string conversationId, string activityId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(coach);
        var key = Key(coach, week, kind);
        return database.WriteAsync(session => session.Execute(
            """
            UPDATE nudges_sent SET status = 'sent', lease_until = NULL, conversation_id = $conversation, activity_id = $activity, updated_at = $at
            WHERE coach = $coach AND week = $week AND kind = $kind;
            """,
            key[0], key[1], key[2], ("$conversation", conversationId), ("$activity", activityId), ("$at", at.ToUnixTimeMilliseconds())), cancellationToken);
    }

    public Task MarkSkippedAsync(string coach, DateOnly week, NudgeKind kind, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(coach);
        var key = Key(coach, week, kind);
        return database.WriteAsync(session => session.Execute(
            """
            INSERT INTO nudges_sent (coach, week, kind, status, attempts, updated_at) VALUES ($coach, $week, $kind, 'skipped', 0, $at)
            ON CONFLICT (coach, week, kind) DO UPDATE SET status = 'skipped', lease_until = NULL, updated_at = $at WHERE status <> 'sent';
            """,
            key[0], key[1], key[2], ("$at", at.ToUnixTimeMilliseconds())), cancellationToken);
    }

    public Task ReleaseAsync(string coach, DateOnly week, NudgeKind kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(coach);
        var key = Key(coach, week, kind);
        return database.WriteAsync(session => session.Execute(
            "UPDATE nudges_sent SET status = 'released', lease_until = NULL WHERE coach = $coach AND week = $week AND kind = $kind AND status = 'claimed';",
            key[0], key[1], key[2]), cancellationToken);
    }

    public Task<SentNudge?> FindSentAsync(string coach, DateOnly week, NudgeKind kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(coach);
        var key = Key(coach, week, kind);
        return database.ReadAsync(session =>
        {
            using var reader = session.Query(
                "SELECT status, attempts, conversation_id, activity_id, updated_at FROM nudges_sent WHERE coach = $coach AND week = $week AND kind = $kind;",
                key[0], key[1], key[2]);
            return reader.Read()
                ? new SentNudge(coach, week, kind, reader.GetString(0), reader.GetInt32(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                    reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetString(0) == "sent" ? DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4)) : null)
                : null;
        }, cancellationToken);
    }

    private static (string Name, object? Value)[] Key(string coach, DateOnly week, NudgeKind kind) =>
        [("$coach", coach), ("$week", week.ToString(DateFormat, CultureInfo.InvariantCulture)), ("$kind", kind == NudgeKind.Weekly ? "weekly" : "snooze")];

    private static string? Date(DateOnly? date) => date?.ToString(DateFormat, CultureInfo.InvariantCulture);

    private static DateOnly? ReadDate(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : DateOnly.ParseExact(reader.GetString(ordinal), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None);

    private static NudgeSchedule? Find(SqliteSession session, string coach)
    {
        using var reader = session.Query($"SELECT {ScheduleColumns} FROM nudge_schedules WHERE coach = $coach;", ("$coach", coach));
        if (!reader.Read())
        {
            return null;
        }

        return new NudgeSchedule(reader.GetString(0))
        {
            Day = reader.IsDBNull(1) ? null : (DayOfWeek)reader.GetInt32(1),
            Time = reader.IsDBNull(2) ? null : TimeOnly.ParseExact(reader.GetString(2), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None),
            Paused = reader.GetInt32(3) != 0,
            Unreachable = reader.GetInt32(4) != 0,
            ZoneId = reader.IsDBNull(5) ? null : reader.GetString(5),
            SkipWeek = ReadDate(reader, 6),
            LastWeek = ReadDate(reader, 7),
            NextWeek = ReadDate(reader, 8),
            NextDue = reader.IsDBNull(9) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(9)),
            Missed = reader.GetInt32(10),
        };
    }
}
