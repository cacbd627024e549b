using CoachBot.Bot.Storage;

namespace CoachBot.Bot.Pipeline;

/// <summary>Records that a conversation was welcomed, so CoachBot greets each conversation once.</summary>
public sealed class WelcomeLog(SqliteDatabase database, TimeProvider timeProvider)
{
    /// <summary>True the first time it is called for a conversation; false ever after.</summary>
    public async Task<bool> TryMarkWelcomedAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO conversation_welcomes (channel_id, conversation_id, welcomed_at) VALUES ($channel, $conversation, $at)
            ON CONFLICT DO NOTHING;
            """;
        command.Parameters.AddWithValue("$channel", channelId);
        command.Parameters.AddWithValue("$conversation", conversationId);
        command.Parameters.AddWithValue("$at", timeProvider.GetUtcNow().ToUnixTimeMilliseconds());
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>Forgets the welcome when CoachBot is removed, so a later reinstall greets again.</summary>
    public async Task ForgetAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM conversation_welcomes WHERE channel_id = $channel AND conversation_id = $conversation;";
        command.Parameters.AddWithValue("$channel", channelId);
        command.Parameters.AddWithValue("$conversation", conversationId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
