using CoachBot.Bot.Pipeline;

namespace CoachBot.Bot.Storage;

/// <summary><see cref="IWelcomeLog"/> on the <c>conversation_welcomes</c> table.</summary>
public sealed class SqliteWelcomeLog(SqliteDatabase database, TimeProvider timeProvider) : IWelcomeLog
{
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

    public Task ForgetAsync(string channelId, string conversationId, CancellationToken cancellationToken) =>
        database.WriteAsync(session => session.Execute(
            "DELETE FROM conversation_welcomes WHERE channel_id = $channel AND conversation_id = $conversation;",
            ("$channel", channelId), ("$conversation", conversationId)), cancellationToken);
}
