namespace CoachBot.Bot.Outbound;

/// <summary>Where a call goes: the conversation, the serviceUrl it was last seen on, and its tenant (for the rate budget).</summary>
public sealed record OutboundTarget(string ServiceUrl, string ConversationId, string? TenantId);
