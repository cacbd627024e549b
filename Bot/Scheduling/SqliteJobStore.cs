using System.Text.Json;
using CoachBot.Bot.Storage;
using CoachBot.Dialogs.Scheduling;
using Microsoft.Data.Sqlite;

namespace CoachBot.Bot.Scheduling;

/// <summary>
/// <see cref="IJobStore"/> on the <c>jobs</c> table. Queries run on the database's readers; every write is one
/// <see cref="SqliteDatabase.WriteAsync{T}"/> unit, so a write that reads first (the dedupe replace, abandon + claim) runs in
/// the writer's transaction, which holds SQLite's write lock: two runners (or processes) on the same database never claim the same job.
/// </summary>
public sealed class SqliteJobStore(SqliteDatabase database, TimeProvider timeProvider) : IJobStore
{
    private const int MaxKindLength = 100;
    private const int MaxDedupeKeyLength = 300;
    private const int MaxErrorLength = 2000;

    private const string SelectColumns =
        "id, kind, payload, due_at, status, attempts, lease_owner, lease_until, last_error, dedupe_key, created_at, updated_at";

    // A job finishing a run goes back to pending unless a newer pending job of its dedupe key took its place.
    private const string PendingUnlessSuperseded = """
        CASE WHEN dedupe_key IS NOT NULL AND EXISTS (
            SELECT 1 FROM jobs AS other WHERE other.dedupe_key = jobs.dedupe_key AND other.status = 'pending')
        THEN 'cancelled' ELSE 'pending' END
        """;

    public async Task<string> ScheduleAsync(string kind, string payloadJson, DateTimeOffset dueAt, string? dedupeKey, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentNullException.ThrowIfNull(payloadJson);
        if (kind.Length > MaxKindLength)
        {
            throw new ArgumentException($"A job kind has at most {MaxKindLength} characters.", nameof(kind));
        }

        if (dedupeKey is not null && (string.IsNullOrWhiteSpace(dedupeKey) || dedupeKey.Length > MaxDedupeKeyLength))
        {
            throw new ArgumentException($"A dedupe key is null or 1 to {MaxDedupeKeyLength} characters, not blank.", nameof(dedupeKey));
        }

        EnsureJson(payloadJson);
        var now = timeProvider.GetUtcNow();
        var storedKind = kind.Trim();
        var due = dueAt.ToUnixTimeMilliseconds();
        var nowMs = now.ToUnixTimeMilliseconds();
        var newId = Guid.CreateVersion7(now).ToString("N");
        return await database.WriteAsync(session =>
        {
            if (dedupeKey is not null && session.Scalar(
                """
                UPDATE jobs SET kind = $kind, payload = $payload, due_at = $due, attempts = 0, last_error = NULL, updated_at = $now
                WHERE dedupe_key = $key AND status = 'pending' RETURNING id;
                """,
                ("$kind", storedKind), ("$payload", payloadJson), ("$due", due), ("$key", dedupeKey), ("$now", nowMs)) is string existing)
            {
                return existing;
            }

            session.Execute(
                """
                INSERT INTO jobs (id, kind, payload, due_at, status, attempts, dedupe_key, created_at, updated_at)
                VALUES ($id, $kind, $payload, $due, 'pending', 0, $key, $now, $now);
                """,
                ("$id", newId), ("$kind", storedKind), ("$payload", payloadJson), ("$due", due), ("$key", dedupeKey), ("$now", nowMs));
            return newId;
        }, cancellationToken);
    }

    public async Task<bool> CancelAsync(string dedupeKey, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dedupeKey);
        var now = timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        return await database.WriteAsync(session => session.Execute(
            """
            UPDATE jobs SET status = 'cancelled', last_error = 'Cancelled.', updated_at = $now
            WHERE dedupe_key = $key AND status = 'pending';
            """,
            ("$key", dedupeKey), ("$now", now)) > 0, cancellationToken);
    }

    /// <summary>One job by id, or null.</summary>
    public async Task<JobRecord?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var jobs = await QueryAsync($"SELECT {SelectColumns} FROM jobs WHERE id = $value ORDER BY created_at, id;", id, cancellationToken);
        return jobs.Count == 0 ? null : jobs[0];
    }

    /// <summary>Every job (any status) with this dedupe key, oldest first.</summary>
    public Task<IReadOnlyList<JobRecord>> FindByDedupeKeyAsync(string dedupeKey, CancellationToken cancellationToken) =>
        QueryAsync($"SELECT {SelectColumns} FROM jobs WHERE dedupe_key = $value ORDER BY created_at, id;", dedupeKey, cancellationToken);

    /// <summary>
    /// Leases up to <paramref name="batchSize"/> jobs that are due (pending with due time reached, or running with an
    /// expired lease) to <paramref name="owner"/>, oldest due first, and counts the attempt. A job whose lease expired
    /// after its last allowed attempt is failed instead. A job whose dedupe key another job holds (running, or a run
    /// whose lease ran out and that is taken over first) is left for later: two jobs of one key never run at once.
    /// </summary>
    public async Task<JobClaim> ClaimDueAsync(DateTimeOffset now, string owner, TimeSpan leaseDuration, int batchSize, int maxAttempts, CancellationToken cancellationToken)
    {
        var nowMs = now.ToUnixTimeMilliseconds();
        var until = (now + leaseDuration).ToUnixTimeMilliseconds();
        var (claimed, abandoned) = await database.WriteAsync(session =>
        {
            var failed = ReadClaimed(session.Query(
                """
                UPDATE jobs SET status = 'failed', lease_owner = NULL, lease_until = NULL, updated_at = $now,
                    last_error = 'The lease ran out during attempt ' || attempts || ' (the process stopped or the run took too long); no attempts left.'
                WHERE status = 'running' AND lease_until < $now AND attempts >= $max
                RETURNING id, kind, payload, attempts, due_at;
                """,
                ("$now", nowMs), ("$max", maxAttempts)));
            var leased = ReadClaimed(session.Query(
                """
                UPDATE jobs SET status = 'running', attempts = attempts + 1, lease_owner = $owner, lease_until = $until, updated_at = $now
                WHERE id IN (
                    SELECT id FROM jobs AS candidate
                    WHERE ((status = 'pending' AND due_at <= $now) OR (status = 'running' AND lease_until < $now))
                      AND (dedupe_key IS NULL OR NOT EXISTS (
                          SELECT 1 FROM jobs AS holder
                          WHERE holder.dedupe_key = candidate.dedupe_key AND holder.status = 'running' AND holder.id <> candidate.id
                            AND (candidate.status = 'pending' OR holder.lease_until >= $now OR holder.id < candidate.id)))
                    ORDER BY due_at, id LIMIT $batch)
                RETURNING id, kind, payload, attempts, due_at;
                """,
                ("$now", nowMs), ("$owner", owner), ("$until", until), ("$batch", batchSize)));
            return (Leased: leased, Failed: failed);
        }, cancellationToken);

        claimed.Sort((a, b) => a.DueAt != b.DueAt ? a.DueAt.CompareTo(b.DueAt) : string.CompareOrdinal(a.Id, b.Id));
        return new JobClaim(claimed, abandoned);
    }

    /// <summary>
    /// The earliest moment after <paramref name="now"/> at which a job can be claimed: a pending job's due time, or the
    /// first millisecond after a running job's lease (a claim takes over leases that ended before it); null when none.
    /// </summary>
    public Task<DateTimeOffset?> NextDueAfterAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var nowMs = now.ToUnixTimeMilliseconds();
        return database.ReadAsync(session => session.Scalar(
            """
            SELECT MIN(at) FROM (
                SELECT MIN(due_at) AS at FROM jobs WHERE status = 'pending' AND due_at > $now
                UNION ALL
                SELECT MIN(lease_until) + 1 FROM jobs WHERE status = 'running' AND lease_until >= $now);
            """,
            ("$now", nowMs)) is long at ? FromMs(at) : (DateTimeOffset?)null, cancellationToken);
    }

    /// <summary>Marks a leased job done or failed; false when the lease was lost (another runner took the job over).</summary>
    public Task<bool> FinishAsync(ClaimedJob job, string owner, bool succeeded, string? lastError, DateTimeOffset now, CancellationToken cancellationToken) =>
        UpdateLeasedAsync(job, owner, now, succeeded ? "'done'" : "'failed'", "due_at", "attempts", lastError, null, cancellationToken);

    /// <summary>Puts a leased job back to pending, due at <paramref name="dueAt"/>; false when the lease was lost.</summary>
    public Task<bool> RetryAsync(ClaimedJob job, string owner, DateTimeOffset dueAt, string? lastError, DateTimeOffset now, CancellationToken cancellationToken) =>
        UpdateLeasedAsync(job, owner, now, PendingUnlessSuperseded, "$due", "attempts", lastError, dueAt, cancellationToken);

    /// <summary>Hands a leased job back untouched (the host is stopping): pending again, this attempt not counted.</summary>
    public Task<bool> ReleaseAsync(ClaimedJob job, string owner, DateTimeOffset now, CancellationToken cancellationToken) =>
        UpdateLeasedAsync(job, owner, now, PendingUnlessSuperseded, "due_at", "attempts - 1", null, null, cancellationToken);

    /// <summary>Deletes done, failed and cancelled jobs last changed before <paramref name="before"/>.</summary>
    public Task<int> PurgeFinishedAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        var beforeMs = before.ToUnixTimeMilliseconds();
        return database.WriteAsync(
            session => session.Execute("DELETE FROM jobs WHERE status IN ('done', 'failed', 'cancelled') AND updated_at < $before;", ("$before", beforeMs)),
            cancellationToken);
    }

    // The SQL is one of a few fixed texts (status, due and attempts come from the three callers above), so it stays cached.
    private Task<bool> UpdateLeasedAsync(ClaimedJob job, string owner, DateTimeOffset now, string statusSql, string dueSql, string attemptsSql,
        string? error, DateTimeOffset? dueAt, CancellationToken cancellationToken)
    {
        var sql = $"""
            UPDATE jobs SET status = {statusSql}, due_at = {dueSql}, attempts = {attemptsSql}, last_error = COALESCE($error, last_error),
                lease_owner = NULL, lease_until = NULL, updated_at = $now
            WHERE id = $id AND status = 'running' AND lease_owner = $owner AND attempts = $attempt;
            """;
        var nowMs = now.ToUnixTimeMilliseconds();
        var due = dueAt?.ToUnixTimeMilliseconds();
        var storedError = error is null ? null : Truncate(error);
        return database.WriteAsync(session => session.Execute(sql,
            ("$id", job.Id), ("$owner", owner), ("$attempt", job.Attempt), ("$now", nowMs), ("$due", due), ("$error", storedError)) == 1,
            cancellationToken);
    }

    private Task<IReadOnlyList<JobRecord>> QueryAsync(string sql, string value, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<JobRecord>>(session =>
        {
            using var reader = session.Query(sql, ("$value", value));
            var jobs = new List<JobRecord>();
            while (reader.Read())
            {
                jobs.Add(new JobRecord(
                    reader.GetString(0),
                    reader.GetString(1),
                    reader.GetString(2),
                    FromMs(reader.GetInt64(3)),
                    Enum.Parse<JobStatus>(reader.GetString(4), ignoreCase: true),
                    reader.GetInt32(5),
                    reader.IsDBNull(6) ? null : reader.GetString(6),
                    reader.IsDBNull(7) ? null : FromMs(reader.GetInt64(7)),
                    reader.IsDBNull(8) ? null : reader.GetString(8),
                    reader.IsDBNull(9) ? null : reader.GetString(9),
                    FromMs(reader.GetInt64(10)),
                    FromMs(reader.GetInt64(11))));
            }

            return jobs;
        }, cancellationToken);

    private static List<ClaimedJob> ReadClaimed(SqliteDataReader reader)
    {
        using var _ = reader;
        var jobs = new List<ClaimedJob>();
        while (reader.Read())
        {
            jobs.Add(new ClaimedJob(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), FromMs(reader.GetInt64(4))));
        }

        return jobs;
    }

    private static void EnsureJson(string payloadJson)
    {
        try
        {
            using var document = JsonDocument.Parse(payloadJson);
        }
        catch (JsonException exception)
        {
            throw new ArgumentException("The job payload is not a JSON document.", nameof(payloadJson), exception);
        }
    }

    private static string Truncate(string text) => text.Length <= MaxErrorLength ? text : text[..MaxErrorLength];

    private static DateTimeOffset FromMs(long value) => DateTimeOffset.FromUnixTimeMilliseconds(value);
}
