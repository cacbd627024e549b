using CoachBot.Dialogs.State;

namespace CoachBot.Bot.Storage;

/// <summary><see cref="ICardInstanceStore"/> on the <c>card_instances</c> table.</summary>
public sealed class SqliteCardInstanceStore(SqliteDatabase database, TimeProvider timeProvider) : ICardInstanceStore
{
    public async Task RecordSentAsync(CardInstance card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(card);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO card_instances (card_id, kind, conversation_id, user_key, activity_id, status, created_at)
            VALUES ($id, $kind, $conversation, $user, $activity, 'sent', $now) ON CONFLICT DO NOTHING;
            """;
        command.Parameters.AddWithValue("$id", card.CardId);
        command.Parameters.AddWithValue("$kind", card.Kind);
        command.Parameters.AddWithValue("$conversation", card.ConversationId);
        command.Parameters.AddWithValue("$user", (object?)card.UserKey ?? DBNull.Value);
        command.Parameters.AddWithValue("$activity", (object?)card.ActivityId ?? DBNull.Value);
        command.Parameters.AddWithValue("$now", timeProvider.GetUtcNow().ToUnixTimeMilliseconds());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task SetActivityIdAsync(string cardId, string activityId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE card_instances SET activity_id = $activity WHERE card_id = $id;";
        command.Parameters.AddWithValue("$id", cardId);
        command.Parameters.AddWithValue("$activity", activityId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<CardInstance?> FindAsync(string cardId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT kind, conversation_id, user_key, activity_id, status FROM card_instances WHERE card_id = $id;";
        command.Parameters.AddWithValue("$id", cardId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
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
    }

    public async Task<bool> TryCompleteAsync(string cardId, string userKey, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE card_instances SET status = 'completed', completed_at = $now, completed_by = $user WHERE card_id = $id AND status <> 'completed';";
        command.Parameters.AddWithValue("$user", userKey);
        command.Parameters.AddWithValue("$id", cardId);
        command.Parameters.AddWithValue("$now", timeProvider.GetUtcNow().ToUnixTimeMilliseconds());
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }
}
