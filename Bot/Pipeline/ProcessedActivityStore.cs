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

    public Task<PreviousProcessing?> FindAsync(string channelId, string conversationId, string activityId, CancellationToken cancellationToken)
    {
        var since = (timeProvider.GetUtcNow() - options.Value.RedeliveryWindow).ToUnixTimeMilliseconds();
        return database.ReadAsync(session =>
        {
            using var reader = session.Query(
                """
                SELECT invoke_status, invoke_body FROM processed_activities
                WHERE channel_id = $channel AND conversation_id = $conversation AND activity_id = $activity AND processed_at >= $since;
                """,
                ("$channel", channelId), ("$conversation", conversationId), ("$activity", activityId), ("$since", since));
            if (!reader.Read())
            {
                return null;
            }

            return new PreviousProcessing(
                reader.IsDBNull(0) ? null : reader.GetInt32(0),
                reader.IsDBNull(1) ? null : reader.GetString(1));
        }, cancellationToken);
    }

    /// <summary>
    /// Records the activity as processed and, in the same write, the message ids of the cards its turn sent
    /// (so a turn ends with one commit).
    /// </summary>
    public Task RecordAsync(
        string channelId,
        string conversationId,
        string activityId,
        int? invokeStatus,
        string? invokeBody,
        IReadOnlyCollection<(string CardId, string MessageId)> sentCards,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sentCards);
        var now = timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        return database.QueueWriteAsync(session =>
        {
            foreach (var (cardId, messageId) in sentCards)
            {
                SqliteCardInstanceStore.SetActivityId(session, cardId, messageId);
            }

            session.Execute(
                """
                INSERT INTO processed_activities (channel_id, conversation_id, activity_id, processed_at, invoke_status, invoke_body)
                VALUES ($channel, $conversation, $activity, $at, $status, $body)
                ON CONFLICT DO UPDATE SET processed_at = excluded.processed_at, invoke_status = excluded.invoke_status, invoke_body = excluded.invoke_body;
                """,
                ("$channel", channelId), ("$conversation", conversationId), ("$activity", activityId), ("$at", now),
                ("$status", invokeStatus), ("$body", invokeBody));
        }, cancellationToken);
    }

    /// <summary>Deletes records older than the redelivery window (called by a periodic clean-up).</summary>
    public Task<int> PurgeExpiredAsync(CancellationToken cancellationToken)
    {
        var before = (timeProvider.GetUtcNow() - options.Value.RedeliveryWindow).ToUnixTimeMilliseconds();
        return database.WriteAsync(
            session => session.Execute("DELETE FROM processed_activities WHERE processed_at < $before;", ("$before", before)),
            cancellationToken);
    }
}
