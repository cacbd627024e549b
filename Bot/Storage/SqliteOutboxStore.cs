using System.Text.Json;
using CoachBot.Bot.Outbound;
using CoachBot.Bot.Protocol.Activities;
using Microsoft.Data.Sqlite;

namespace CoachBot.Bot.Storage;

/// <summary><see cref="IOutboxStore"/> on the <c>outbound_outbox</c> table.</summary>
public sealed class SqliteOutboxStore(SqliteDatabase database, TimeProvider timeProvider) : IOutboxStore
{
    private const string Columns =
        "id, kind, service_url, conversation_id, tenant_id, activity_id, body, status, attempts, due_at, last_error, result_activity_id";

    public async Task<long> EnqueueAsync(OutboundOperation operation, DateTimeOffset dueAt, int attempts, string? lastError, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var now = timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        var body = operation.Activity is null ? null : JsonSerializer.Serialize(operation.Activity, ProtocolJsonContext.Default.Activity);
        return await database.WriteAsync(session => Convert.ToInt64(session.Scalar(
            """
            INSERT INTO outbound_outbox (kind, service_url, conversation_id, tenant_id, activity_id, body, status, attempts, due_at, created_at, updated_at, last_error)
            VALUES ($kind, $url, $conversation, $tenant, $activity, $body, 'pending', $attempts, $due, $now, $now, $error)
            RETURNING id;
            """,
            ("$kind", operation.Kind.ToString()), ("$url", operation.Target.ServiceUrl), ("$conversation", operation.Target.ConversationId),
            ("$tenant", operation.Target.TenantId), ("$activity", operation.ActivityId), ("$body", body), ("$attempts", attempts),
            ("$due", dueAt.ToUnixTimeMilliseconds()), ("$now", now), ("$error", lastError)), System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
    }

    public Task<OutboxPending> PendingAsync(string conversationId, CancellationToken cancellationToken) =>
        database.ReadAsync(session =>
        {
            var count = Convert.ToInt64(session.Scalar("SELECT COUNT(*) FROM outbound_outbox WHERE status = 'pending';"), System.Globalization.CultureInfo.InvariantCulture);
            var due = count == 0 ? null : session.Scalar(
                "SELECT due_at FROM outbound_outbox WHERE status = 'pending' AND conversation_id = $conversation ORDER BY id LIMIT 1;",
                ("$conversation", conversationId));
            return new OutboxPending(count, due is long ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null);
        }, cancellationToken);

    public Task<IReadOnlyList<OutboxItem>> GetDueHeadsAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<OutboxItem>>(session => ReadAll(session.Query(
            $"""
            SELECT {Columns} FROM outbound_outbox AS o
            WHERE o.status = 'pending' AND o.due_at <= $now
              AND o.id = (SELECT MIN(h.id) FROM outbound_outbox AS h WHERE h.status = 'pending' AND h.conversation_id = o.conversation_id)
            ORDER BY o.due_at, o.id
            LIMIT $limit;
            """,
            ("$now", now.ToUnixTimeMilliseconds()), ("$limit", limit))), cancellationToken);

    public async Task<OutboxItem?> FindAsync(long id, CancellationToken cancellationToken)
    {
        var items = await database.ReadAsync(
            session => ReadAll(session.Query($"SELECT {Columns} FROM outbound_outbox WHERE id = $id;", ("$id", id))), cancellationToken);
        return items.Count == 0 ? null : items[0];
    }

    public Task<IReadOnlyList<OutboxItem>> ListAsync(string conversationId, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<OutboxItem>>(
            session => ReadAll(session.Query($"SELECT {Columns} FROM outbound_outbox WHERE conversation_id = $conversation ORDER BY id;", ("$conversation", conversationId))),
            cancellationToken);

    public Task CompleteAsync(long id, string status, int attempts, string? resultActivityId, string? lastError, CancellationToken cancellationToken) =>
        UpdateAsync(
            "UPDATE outbound_outbox SET status = $status, attempts = $attempts, result_activity_id = $result, last_error = $error, updated_at = $now WHERE id = $id;",
            cancellationToken,
            ("$id", id), ("$status", status), ("$attempts", attempts), ("$result", resultActivityId), ("$error", lastError));

    public Task RescheduleAsync(long id, DateTimeOffset dueAt, int attempts, string? lastError, CancellationToken cancellationToken) =>
        UpdateAsync(
            "UPDATE outbound_outbox SET due_at = $due, attempts = $attempts, last_error = $error, updated_at = $now WHERE id = $id;",
            cancellationToken,
            ("$id", id), ("$due", dueAt.ToUnixTimeMilliseconds()), ("$attempts", attempts), ("$error", lastError));

    public Task PurgeFinishedAsync(DateTimeOffset before, CancellationToken cancellationToken) =>
        UpdateAsync(
            "DELETE FROM outbound_outbox WHERE status <> 'pending' AND updated_at < $before;",
            cancellationToken,
            ("$before", before.ToUnixTimeMilliseconds()));

    private async Task UpdateAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var now = timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        await database.WriteAsync(session => session.Execute(sql, [("$now", now), .. parameters]), cancellationToken);
    }

    private static List<OutboxItem> ReadAll(SqliteDataReader reader)
    {
        using var _ = reader;
        var items = new List<OutboxItem>();
        while (reader.Read())
        {
            var kind = Enum.TryParse<OutboundOperationKind>(reader.GetString(1), out var parsed) ? parsed : (OutboundOperationKind)(-1);
            var target = new OutboundTarget(reader.GetString(2), reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4));
            var operation = new OutboundOperation(kind, target, reader.IsDBNull(5) ? null : reader.GetString(5), ReadActivity(reader, 6));
            items.Add(new OutboxItem(
                reader.GetInt64(0),
                operation,
                reader.GetString(7),
                reader.GetInt32(8),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(9)),
                reader.IsDBNull(10) ? null : reader.GetString(10),
                reader.IsDBNull(11) ? null : reader.GetString(11)));
        }

        return items;
    }

    private static Activity? ReadActivity(SqliteDataReader reader, int ordinal)
    {
        if (reader.IsDBNull(ordinal))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(reader.GetString(ordinal), ProtocolJsonContext.Default.Activity);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
