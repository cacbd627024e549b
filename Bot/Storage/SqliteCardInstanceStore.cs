using CoachBot.Dialogs.State;

namespace CoachBot.Bot.Storage;

/// <summary><see cref="ICardInstanceStore"/> on the <c>card_instances</c> table.</summary>
public sealed class SqliteCardInstanceStore(SqliteDatabase database, TimeProvider timeProvider) : ICardInstanceStore
{
    public Task SetActivityIdAsync(string cardId, string activityId, CancellationToken cancellationToken) =>
        database.WriteAsync(session => SetActivityId(session, cardId, activityId), cancellationToken);

    /// <summary>Inside another write: records a sent card (used by the state save of a turn).</summary>
    internal static void RecordSent(SqliteSession session, CardInstance card, long now) =>
        session.Execute(
            """
            INSERT INTO card_instances (card_id, kind, conversation_id, user_key, activity_id, status, created_at)
            VALUES ($id, $kind, $conversation, $user, $activity, 'sent', $now) ON CONFLICT DO NOTHING;
            """,
            ("$id", card.CardId), ("$kind", card.Kind), ("$conversation", card.ConversationId),
            ("$user", card.UserKey), ("$activity", card.ActivityId), ("$now", now));

    /// <summary>Inside another write: the message id a sent card got (used by the last write of a turn).</summary>
    internal static void SetActivityId(SqliteSession session, string cardId, string activityId) =>
        session.Execute("UPDATE card_instances SET activity_id = $activity WHERE card_id = $id;", ("$id", cardId), ("$activity", activityId));

    public Task<CardInstance?> FindAsync(string cardId, CancellationToken cancellationToken) =>
        database.ReadAsync(session =>
        {
            using var reader = session.Query(
                "SELECT kind, conversation_id, user_key, activity_id, status FROM card_instances WHERE card_id = $id;", ("$id", cardId));
            if (!reader.Read())
            {
                return null;
            }

            return new CardInstance(
                cardId,
                reader.GetString(0),
                reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetString(4) == "completed");
        }, cancellationToken);

    public Task<bool> TryCompleteAsync(string cardId, string userKey, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        return database.WriteAsync(session => session.Execute(
            "UPDATE card_instances SET status = 'completed', completed_at = $now, completed_by = $user WHERE card_id = $id AND status <> 'completed';",
            ("$user", userKey), ("$id", cardId), ("$now", now)) == 1, cancellationToken);
    }
}
