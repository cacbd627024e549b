namespace CoachBot.Bot.Outbound;

/// <summary>
/// Where a conversation lives, as last seen on an inbound activity (protocol.md §5): enough to send into it
/// later. <see cref="ServiceUrlVerified"/> is true when that serviceUrl came on an authenticated activity.
/// </summary>
public sealed record ConversationRecord(
    string ConversationId,
    string ChannelId,
    string ServiceUrl,
    bool ServiceUrlVerified,
    string ConversationType,
    string? TenantId,
    string? TeamId,
    string? TeamAadGroupId,
    string? ChannelRefId,
    string? BotId,
    bool Active,
    DateTimeOffset UpdatedAt);
