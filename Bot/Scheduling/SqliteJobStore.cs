using System.Text.Json;
using CoachBot.Bot.Storage;
using CoachBot.Dialogs.Scheduling;
using Microsoft.Data.Sqlite;

namespace CoachBot.Bot.Scheduling;

/// <summary>
/// The durable job table: <see cref="IJobScheduler"/> for features, and the claim/finish operations of
/// <see cref="JobRunner"/>. Every write that reads first runs in a <c>BEGIN IMMEDIATE</c> transaction, so two
/// runners (or processes) on the same database never claim the same job.
/// </summary>
public sealed class SqliteJobStore(SqliteDatabase database, TimeProvider timeProvider) : IJobScheduler
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
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = SqliteDatabase.BeginWrite(connection);
        if (dedupeKey is not null)
        {
            await using var replace = Command(connection, transaction, """
                UPDATE jobs SET kind = $kind, payload = $payload, due_at = $due, attempts = 0, last_error = NULL, updated_at = $now
                WHERE dedupe_key = $key AND status = 'pending' RETURNING id;
                """);
            AddScheduleParameters(replace, kind, payloadJson, dueAt, dedupeKey, now);
            if (await replace.ExecuteScalarAsync(cancellationToken) is string existing)
            {
                await transaction.CommitAsync(cancellationToken);
                return existing;
            }
        }

        var id = Guid.CreateVersion7(now).ToString("N");
        await using var insert = Command(connection, transaction, """
            INSERT INTO jobs (id, kind, payload, due_at, status, attempts, dedupe_key, created_at, updated_at)
            VALUES ($id, $kind, $payload, $due, 'pending', 0, $key, $now, $now);
            """);
        insert.Parameters.AddWithValue("$id", id);
        AddScheduleParameters(insert, kind, payloadJson, dueAt, dedupeKey, now);
        await insert.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return id;
    }

    public async Task<bool> CancelAsync(string dedupeKey, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dedupeKey);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE jobs SET status = 'cancelled', last_error = 'Cancelled.', updated_at = $now
            WHERE dedupe_key = $key AND status = 'pending';
            """;
        command.Parameters.AddWithValue("$key", dedupeKey);
        command.Parameters.AddWithValue("$now", timeProvider.GetUtcNow().ToUnixTimeMilliseconds());
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    /// <summary>One job by id, or null.</summary>
    public async Task<JobRecord?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var jobs = await QueryAsync("WHERE id = $value", id, cancellationToken);
        return jobs.Count == 0 ? null : jobs[0];
    }

    /// <summary>Every job (any status) with this dedupe key, oldest first.</summary>
    public Task<IReadOnlyList<JobRecord>> FindByDedupeKeyAsync(string dedupeKey, CancellationToken cancellationToken) =>
        QueryAsync("WHERE dedupe_key = $value", dedupeKey, cancellationToken);

    /// <summary>
    /// Leases up to <paramref name="batchSize"/> jobs that are due (pending with due time reached, or running with an
    /// expired lease) to <paramref name="owner"/>, oldest due first, and counts the attempt. A job whose lease expired
    /// after its last allowed attempt is failed instead.
    /// </summary>
    internal async Task<JobClaim> ClaimDueAsync(DateTimeOffset now, string owner, TimeSpan leaseDuration, int batchSize, int maxAttempts, CancellationToken cancellationToken)
    {
        var nowMs = now.ToUnixTimeMilliseconds();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = SqliteDatabase.BeginWrite(connection);

        await using var abandon = Command(connection, transaction, """
            UPDATE jobs SET status = 'failed', lease_owner = NULL, lease_until = NULL, updated_at = $now,
                last_error = 'The lease ran out during attempt ' || attempts || ' (the process stopped or the run took too long); no attempts left.'
            WHERE status = 'running' AND lease_until < $now AND attempts >= $max
            RETURNING id, kind, payload, attempts, due_at;
            """);
        abandon.Parameters.AddWithValue("$now", nowMs);
        abandon.Parameters.AddWithValue("$max", maxAttempts);
        var abandoned = await ReadClaimedAsync(abandon, cancellationToken);

        await using var claim = Command(connection, transaction, """
            UPDATE jobs SET status = 'running', attempts = attempts + 1, lease_owner = $owner, lease_until = $until, updated_at = $now
            WHERE id IN (
                SELECT id FROM jobs
                WHERE (status = 'pending' AND due_at <= $now) OR (status = 'running' AND lease_until < $now)
                ORDER BY due_at, id LIMIT $batch)
            RETURNING id, kind, payload, attempts, due_at;
            """);
        claim.Parameters.AddWithValue("$now", nowMs);
        claim.Parameters.AddWithValue("$owner", owner);
        claim.Parameters.AddWithValue("$until", (now + leaseDuration).ToUnixTimeMilliseconds());
        claim.Parameters.AddWithValue("$batch", batchSize);
        var claimed = await ReadClaimedAsync(claim, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        claimed.Sort((a, b) => a.DueAt != b.DueAt ? a.DueAt.CompareTo(b.DueAt) : string.CompareOrdinal(a.Id, b.Id));
        return new JobClaim(claimed, abandoned);
    }

    /// <summary>Marks a leased job done or failed; false when the lease was lost (another runner took the job over).</summary>
    internal Task<bool> FinishAsync(ClaimedJob job, string owner, bool succeeded, string? error, DateTimeOffset now, CancellationToken cancellationToken) =>
        UpdateLeasedAsync(job, owner, now, succeeded ? "'done'" : "'failed'", "due_at", "attempts", error, null, cancellationToken);

    /// <summary>Puts a leased job back to pending, due at <paramref name="dueAt"/>; false when the lease was lost.</summary>
    internal Task<bool> RetryAsync(ClaimedJob job, string owner, DateTimeOffset dueAt, string? error, DateTimeOffset now, CancellationToken cancellationToken) =>
        UpdateLeasedAsync(job, owner, now, PendingUnlessSuperseded, "$due", "attempts", error, dueAt, cancellationToken);

    /// <summary>Hands a leased job back untouched (the host is stopping): pending again, this attempt not counted.</summary>
    internal Task<bool> ReleaseAsync(ClaimedJob job, string owner, DateTimeOffset now, CancellationToken cancellationToken) =>
        UpdateLeasedAsync(job, owner, now, PendingUnlessSuperseded, "due_at", "attempts - 1", null, null, cancellationToken);

    /// <summary>Deletes done, failed and cancelled jobs last changed before <paramref name="before"/>.</summary>
    internal async Task<int> PurgeFinishedAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM jobs WHERE status IN ('done', 'failed', 'cancelled') AND updated_at < $before;";
        command.Parameters.AddWithValue("$before", before.ToUnixTimeMilliseconds());
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<bool> UpdateLeasedAsync(ClaimedJob job, string owner, DateTimeOffset now, string statusSql, string dueSql, string attemptsSql,
        string? error, DateTimeOffset? dueAt, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            UPDATE jobs SET status = {statusSql}, due_at = {dueSql}, attempts = {attemptsSql}, last_error = COALESCE($error, last_error),
                lease_owner = NULL, lease_until = NULL, updated_at = $now
            WHERE id = $id AND status = 'running' AND lease_owner = $owner AND attempts = $attempt;
            """;
        command.Parameters.AddWithValue("$id", job.Id);
        command.Parameters.AddWithValue("$owner", owner);
        command.Parameters.AddWithValue("$attempt", job.Attempt);
        command.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$due", dueAt?.ToUnixTimeMilliseconds() ?? (object)DBNull.Value);
        command.Parameters.AddWithValue("$error", error is null ? DBNull.Value : Truncate(error));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private async Task<IReadOnlyList<JobRecord>> QueryAsync(string where, string value, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {SelectColumns} FROM jobs {where} ORDER BY created_at, id;";
        command.Parameters.AddWithValue("$value", value);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var jobs = new List<JobRecord>();
        while (await reader.ReadAsync(cancellationToken))
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
    }

    private static async Task<List<ClaimedJob>> ReadClaimedAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var jobs = new List<ClaimedJob>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            jobs.Add(new ClaimedJob(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), FromMs(reader.GetInt64(4))));
        }

        return jobs;
    }

    private static void AddScheduleParameters(SqliteCommand command, string kind, string payloadJson, DateTimeOffset dueAt, string? dedupeKey, DateTimeOffset now)
    {
        command.Parameters.AddWithValue("$kind", kind.Trim());
        command.Parameters.AddWithValue("$payload", payloadJson);
        command.Parameters.AddWithValue("$due", dueAt.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$key", (object?)dedupeKey ?? DBNull.Value);
        command.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
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

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
