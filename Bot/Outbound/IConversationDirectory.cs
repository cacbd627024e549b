using CoachBot.Bot.Pipeline;

namespace CoachBot.Bot.Outbound;

/// <summary>
/// Who-is-where, durable: conversations and users upserted from every inbound activity
/// (<see cref="IInboundActivityRecorder.RecordInboundAsync"/>), marked inactive on removal or a 403, and
/// looked up for proactive sends.
/// </summary>
public interface IConversationDirectory : IInboundActivityRecorder
{
    Task<ConversationRecord?> FindConversationAsync(string conversationId, CancellationToken cancellationToken);

    Task<UserRecord?> FindUserAsync(string aadObjectId, CancellationToken cancellationToken);

    /// <summary>Stores a personal conversation CoachBot created for a user (create-conversation answered its id).</summary>
    Task RecordPersonalConversationAsync(string aadObjectId, ConversationRecord conversation, CancellationToken cancellationToken);

    /// <summary>The user cannot be messaged 1:1 (403/404 on create or send) until they write again.</summary>
    Task MarkUserUnreachableAsync(string aadObjectId, CancellationToken cancellationToken);
}
