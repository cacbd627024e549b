namespace CoachBot.Bot.Outbound;

/// <summary>
/// A Teams user CoachBot has seen, keyed by Entra object id: their per-bot Teams id (<c>29:…</c>), the
/// personal (1:1) conversation when known, the serviceUrl and bot id to create one, and the time zone and
/// locale their client reported (as sent; resolving them is the caller's business). <see cref="Active"/> is
/// false after a 403 on their personal chat until they write again.
/// </summary>
public sealed record UserRecord(
    string AadObjectId,
    string TeamsUserId,
    string? Name,
    string? TenantId,
    string? ServiceUrl,
    string? BotId,
    string? PersonalConversationId,
    string? TimeZone,
    string? Locale,
    bool Active,
    DateTimeOffset UpdatedAt);
