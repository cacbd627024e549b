namespace CoachBot.Bot.Outbound;

/// <summary>
/// A person seen on an inbound activity: its sender (with the time zone and locale their client reported and, in a
/// personal chat, that chat's id) or a member added alongside. <see cref="Activate"/> is true for the sender (writing
/// makes them reachable again) and false for added members (a 403 earlier still stands). Null fields keep what is stored.
/// </summary>
public sealed record SeenPerson(
    string AadObjectId,
    string TeamsUserId,
    string? Name,
    string? PersonalConversationId,
    string? TimeZone,
    string? Locale,
    bool Activate);

/// <summary>
/// Who-is-where's storage: conversations and users by id. Entra object ids are canonical here (lower case, trimmed:
/// <see cref="ConversationDirectory.NormalizeObjectId"/>). The directory logic (what an activity means, what to skip
/// rewriting) lives in <see cref="ConversationDirectory"/>.
/// </summary>
public interface IConversationDirectoryStore
{
    /// <summary>
    /// Upserts the conversation and the people seen with it, in one write: the conversation becomes active; its
    /// serviceUrl counts as verified when this one was, or when it is unchanged and was verified before; null fields keep
    /// their stored values. Each person's serviceUrl, tenant and bot id become the conversation's.
    /// </summary>
    Task RecordInboundAsync(ConversationRecord conversation, IReadOnlyList<SeenPerson> people, CancellationToken cancellationToken);

    /// <summary>The conversation, and every user whose personal chat it is, become inactive.</summary>
    Task MarkConversationInactiveAsync(string conversationId, DateTimeOffset at, CancellationToken cancellationToken);

    Task MarkUserUnreachableAsync(string aadObjectId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Stores a personal conversation CoachBot created for a user (upserting the conversation itself too).</summary>
    Task RecordPersonalConversationAsync(string aadObjectId, ConversationRecord conversation, DateTimeOffset at, CancellationToken cancellationToken);

    Task<ConversationRecord?> FindConversationAsync(string conversationId, CancellationToken cancellationToken);

    Task<UserRecord?> FindUserAsync(string aadObjectId, CancellationToken cancellationToken);
}
