using CoachBot.Bot.Pipeline;

namespace CoachBot.Bot.Storage;

/// <summary><see cref="IProcessedActivityStore"/> on the <c>processed_activities</c> and <c>card_instances</c> tables.</summary>
public sealed class SqliteProcessedActivityStore(SqliteDatabase database, TimeProvider timeProvider) : IProcessedActivityStore
{
    public Task<PreviousProcessing?> FindAsync(string channelId, string conversationId, string activityId, DateTimeOffset since, CancellationToken cancellationToken) =>
        database.ReadAsync(session =>
        {
            using var reader = session.Query(
                """
                SELECT invoke_status, invoke_body FROM processed_activities
                WHERE channel_id = $channel AND conversation_id = $conversation AND activity_id = $activity AND processed_at >= $since;
                """,
                ("$channel", channelId), ("$conversation", conversationId), ("$activity", activityId), ("$since", since.ToUnixTimeMilliseconds()));
            if (!reader.Read())
            {
                return null;
            }

            return new PreviousProcessing(
                reader.IsDBNull(0) ? null : reader.GetInt32(0),
                reader.IsDBNull(1) ? null : reader.GetString(1));
        }, cancellationToken);

    /// <summary>Queued to share the next commit: a turn ends without waiting for a commit of its own.</summary>
    public Task RecordAsync(FinishedTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var now = timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        return database.QueueWriteAsync(session =>
        {
            foreach (var (cardId, messageId) in turn.SentCards)
            {
                SqliteCardInstanceStore.SetActivityId(session, cardId, messageId);
            }

            session.Execute(
                """
                INSERT INTO processed_activities (channel_id, conversation_id, activity_id, processed_at, invoke_status, invoke_body)
                VALUES ($channel, $conversation, $activity, $at, $status, $body)
                ON CONFLICT DO UPDATE SET processed_at = excluded.processed_at, invoke_status = excluded.invoke_status, invoke_body = excluded.invoke_body;
                """,
                ("$channel", turn.ChannelId), ("$conversation", turn.ConversationId), ("$activity", turn.ActivityId), ("$at", now),
                ("$status", turn.InvokeStatus), ("$body", turn.InvokeBody));
        }, cancellationToken);
    }

    public Task SetCardMessageIdsAsync(IReadOnlyCollection<(string CardId, string MessageId)> sentCards, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sentCards);
        return database.WriteAsync(session =>
        {
            foreach (var (cardId, messageId) in sentCards)
            {
                SqliteCardInstanceStore.SetActivityId(session, cardId, messageId);
            }
        }, cancellationToken);
    }

    public Task<int> PurgeBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken) =>
        database.WriteAsync(
            session => session.Execute("DELETE FROM processed_activities WHERE processed_at < $before;", ("$before", before.ToUnixTimeMilliseconds())),
            cancellationToken);
}
