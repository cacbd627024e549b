using CoachBot.Bot.Hosting;
using CoachBot.Bot.Storage;
using Microsoft.Extensions.Options;

namespace CoachBot.Bot.Pipeline;

/// <summary>
/// Remembers which activities were processed (keyed by channel, conversation and activity id) for the
/// redelivery window, and the invoke response each invoke got, so a redelivered invoke gets the same answer.
/// </summary>
public sealed class ProcessedActivityStore(SqliteDatabase database, TimeProvider timeProvider, IOptions<BotOptions> options)
{
    /// <summary>A previous processing of the same activity: with the invoke answer it gave, if any.</summary>
    public sealed record PreviousProcessing(int? InvokeStatus, string? InvokeBody);

    public async Task<PreviousProcessing?> FindAsync(string channelId, string conversationId, string activityId, CancellationToken cancellationToken)
    {
        var since = timeProvider.GetUtcNow() - options.Value.RedeliveryWindow;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT invoke_status, invoke_body FROM processed_activities
            WHERE channel_id = $channel AND conversation_id = $conversation AND activity_id = $activity AND processed_at >= $since;
            """;
        command.Parameters.AddWithValue("$channel", channelId);
        command.Parameters.AddWithValue("$conversation", conversationId);
        command.Parameters.AddWithValue("$activity", activityId);
        command.Parameters.AddWithValue("$since", since.ToUnixTimeMilliseconds());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new PreviousProcessing(
            reader.IsDBNull(0) ? null : reader.GetInt32(0),
            reader.IsDBNull(1) ? null : reader.GetString(1));
    }

    public async Task RecordAsync(string channelId, string conversationId, string activityId, int? invokeStatus, string? invokeBody, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO processed_activities (channel_id, conversation_id, activity_id, processed_at, invoke_status, invoke_body)
            VALUES ($channel, $conversation, $activity, $at, $status, $body)
            ON CONFLICT DO UPDATE SET processed_at = excluded.processed_at, invoke_status = excluded.invoke_status, invoke_body = excluded.invoke_body;
            """;
        command.Parameters.AddWithValue("$channel", channelId);
        command.Parameters.AddWithValue("$conversation", conversationId);
        command.Parameters.AddWithValue("$activity", activityId);
        command.Parameters.AddWithValue("$at", now.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$status", invokeStatus is null ? DBNull.Value : invokeStatus.Value);
        command.Parameters.AddWithValue("$body", invokeBody is null ? DBNull.Value : invokeBody);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Deletes records older than the redelivery window (called by a periodic clean-up).</summary>
    public async Task<int> PurgeExpiredAsync(CancellationToken cancellationToken)
    {
        var before = timeProvider.GetUtcNow() - options.Value.RedeliveryWindow;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM processed_activities WHERE processed_at < $before;";
        command.Parameters.AddWithValue("$before", before.ToUnixTimeMilliseconds());
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
