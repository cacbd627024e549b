using CoachBot.Bot.Storage;

namespace CoachBot.Bot.Pipeline;

/// <summary>Records that a conversation was welcomed, so CoachBot greets each conversation once.</summary>
public sealed class WelcomeLog(SqliteDatabase database, TimeProvider timeProvider)
{
    /// <summary>True the first time it is called for a conversation; false ever after.</summary>
    public Task<bool> TryMarkWelcomedAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        return database.WriteAsync(session => session.Execute(
            """
            INSERT INTO conversation_welcomes (channel_id, conversation_id, welcomed_at) VALUES ($channel, $conversation, $at)
            ON CONFLICT DO NOTHING;
            """,
            ("$channel", channelId), ("$conversation", conversationId), ("$at", now)) == 1, cancellationToken);
    }

    /// <summary>Forgets the welcome when CoachBot is removed, so a later reinstall greets again.</summary>
    public Task ForgetAsync(string channelId, string conversationId, CancellationToken cancellationToken) =>
        database.WriteAsync(session => session.Execute(
            "DELETE FROM conversation_welcomes WHERE channel_id = $channel AND conversation_id = $conversation;",
            ("$channel", channelId), ("$conversation", conversationId)), cancellationToken);
}
