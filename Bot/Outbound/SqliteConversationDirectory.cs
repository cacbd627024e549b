using System.Collections.Concurrent;
using CoachBot.Bot.Protocol.Activities;
using CoachBot.Bot.Protocol.Connector;
using CoachBot.Bot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace CoachBot.Bot.Outbound;

/// <summary>
/// <see cref="IConversationDirectory"/> on the <c>outbound_conversations</c> and <c>outbound_users</c> tables.
/// Every inbound activity refreshes its conversation (the serviceUrl can change) and, when it carries an
/// Entra object id, its sender; members added alongside are remembered so CoachBot can open a 1:1 chat with
/// them later. An authenticated activity's serviceUrl host becomes trusted for the bot token.
/// </summary>
public sealed partial class SqliteConversationDirectory(
    SqliteDatabase database,
    TrustedServiceUrls trust,
    TimeProvider timeProvider,
    ILogger<SqliteConversationDirectory> logger) : IConversationDirectory
{
    private const string ConversationColumns =
        "conversation_id, channel_id, service_url, service_url_verified, conversation_type, tenant_id, team_id, team_aad_group_id, channel_ref_id, bot_id, active, updated_at";

    private const string UserColumns =
        "aad_object_id, teams_user_id, name, tenant_id, service_url, bot_id, personal_conversation_id, time_zone, locale, active, updated_at";

    // Every activity of a conversation carries the same conversation and sender, and rewriting the same two rows
    // on every turn was a commit per turn. What this process last wrote per conversation is remembered, and an
    // unchanged record is written again only after RewriteUnchangedAfter (which refreshes updated_at). Changes
    // made here (inactive, unreachable, a new 1:1 chat) forget everything; another process's changes are
    // overwritten at the latest after that interval.
    private static readonly TimeSpan RewriteUnchangedAfter = TimeSpan.FromMinutes(10);
    private const int MaxRemembered = 50_000;
    private readonly ConcurrentDictionary<string, (string Fingerprint, DateTimeOffset WrittenAt)> _lastWritten = new(StringComparer.Ordinal);

    // Bumped by every change that clears _lastWritten: an inbound write that raced such a change must not put
    // its (now stale) entry back.
    private long _generation;

    public async Task RecordInboundAsync(Activity activity, bool authenticated, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversationId = activity.Conversation?.Id;
        if (string.IsNullOrWhiteSpace(conversationId) || !ConnectorUrl.TryParseServiceUrl(activity.ServiceUrl, out _))
        {
            Log.NotRecorded(logger, activity.Type);
            return;
        }

        var conversation = new ConversationRecord(
            conversationId,
            activity.ChannelId ?? "msteams",
            activity.ServiceUrl!.Trim(),
            authenticated,
            ConversationTypeOf(activity),
            activity.Conversation!.TenantId ?? activity.ChannelData?.Tenant?.Id,
            activity.ChannelData?.Team?.Id,
            activity.ChannelData?.Team?.AadGroupId,
            activity.ChannelData?.Channel?.Id,
            activity.Recipient?.Id,
            Active: true,
            timeProvider.GetUtcNow());

        var botId = activity.Recipient?.Id;
        var from = activity.From;
        var personal = conversation.ConversationType == ConversationTypes.Personal ? conversationId : null;
        var timeZone = TimeZoneOf(activity);
        var locale = LocaleOf(activity);
        var fingerprint = activity.MembersAdded is { Count: > 0 }
            ? null
            : string.Join(
                '\u001f',
                conversation.ChannelId, conversation.ServiceUrl, conversation.ServiceUrlVerified ? "1" : "0", conversation.ConversationType,
                conversation.TenantId, conversation.TeamId, conversation.TeamAadGroupId, conversation.ChannelRefId, conversation.BotId,
                IsUser(from, botId) ? "1" : "0", from?.Id, from?.AadObjectId, from?.Name, timeZone, locale);
        if (fingerprint is not null
            && _lastWritten.TryGetValue(conversationId, out var last)
            && last.Fingerprint == fingerprint
            && conversation.UpdatedAt - last.WrittenAt < RewriteUnchangedAfter)
        {
            await RememberTrustAsync(conversation, authenticated, cancellationToken);
            return;
        }

        var generation = Interlocked.Read(ref _generation);
        await database.WriteAsync(session =>
        {
            UpsertConversation(session, conversation);
            if (IsUser(from, botId))
            {
                UpsertUser(session, from!, conversation, personal, timeZone, locale, activate: true);
            }

            foreach (var member in activity.MembersAdded ?? [])
            {
                if (IsUser(member, botId) && member.Id != from?.Id)
                {
                    UpsertUser(session, member, conversation, null, null, null, activate: false);
                }
            }
        }, cancellationToken);

        if (fingerprint is not null)
        {
            if (_lastWritten.Count >= MaxRemembered)
            {
                _lastWritten.Clear();
            }

            _lastWritten[conversationId] = (fingerprint, conversation.UpdatedAt);
            if (Interlocked.Read(ref _generation) != generation)
            {
                // A change cleared the cache meanwhile; this entry may predate it.
                _lastWritten.TryRemove(conversationId, out _);
            }
        }

        await RememberTrustAsync(conversation, authenticated, cancellationToken);
    }

    /// <summary>Forgets what was written, so the next inbound activity of every conversation is written again.</summary>
    private void Forget()
    {
        Interlocked.Increment(ref _generation);
        _lastWritten.Clear();
    }

    private async Task RememberTrustAsync(ConversationRecord conversation, bool authenticated, CancellationToken cancellationToken)
    {
        if (authenticated)
        {
            await trust.RememberAsync(conversation.ServiceUrl, cancellationToken);
        }
    }

    public async Task MarkConversationInactiveAsync(string conversationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        var now = timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        Forget();
        await database.WriteAsync(session =>
        {
            session.Execute("UPDATE outbound_conversations SET active = 0, updated_at = $now WHERE conversation_id = $id;", ("$id", conversationId), ("$now", now));
            session.Execute("UPDATE outbound_users SET active = 0, updated_at = $now WHERE personal_conversation_id = $id;", ("$id", conversationId), ("$now", now));
        }, cancellationToken);
        Forget();
        Log.ConversationInactive(logger);
    }

    public async Task MarkUserUnreachableAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(aadObjectId);
        var now = timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        Forget();
        await database.WriteAsync(
            session => session.Execute("UPDATE outbound_users SET active = 0, updated_at = $now WHERE aad_object_id = $id;", ("$id", NormalizeObjectId(aadObjectId)), ("$now", now)),
            cancellationToken);
        Forget();
    }

    public async Task RecordPersonalConversationAsync(string aadObjectId, ConversationRecord conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(aadObjectId);
        ArgumentNullException.ThrowIfNull(conversation);
        var now = timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        Forget();
        await database.WriteAsync(session =>
        {
            UpsertConversation(session, conversation);
            session.Execute(
                "UPDATE outbound_users SET personal_conversation_id = $conversation, updated_at = $now WHERE aad_object_id = $id;",
                ("$id", NormalizeObjectId(aadObjectId)), ("$conversation", conversation.ConversationId), ("$now", now));
        }, cancellationToken);
        Forget();
    }

    public Task<ConversationRecord?> FindConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        return database.ReadAsync(session =>
        {
            using var reader = session.Query($"SELECT {ConversationColumns} FROM outbound_conversations WHERE conversation_id = $id;", ("$id", conversationId));
            if (!reader.Read())
            {
                return null;
            }

            return new ConversationRecord(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3) != 0, reader.GetString(4),
                TextOrNull(reader, 5), TextOrNull(reader, 6), TextOrNull(reader, 7), TextOrNull(reader, 8), TextOrNull(reader, 9),
                reader.GetInt64(10) != 0, DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(11)));
        }, cancellationToken);
    }

    public Task<UserRecord?> FindUserAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(aadObjectId);
        return database.ReadAsync(session =>
        {
            using var reader = session.Query($"SELECT {UserColumns} FROM outbound_users WHERE aad_object_id = $id;", ("$id", NormalizeObjectId(aadObjectId)));
            if (!reader.Read())
            {
                return null;
            }

            return new UserRecord(
                reader.GetString(0), reader.GetString(1), TextOrNull(reader, 2), TextOrNull(reader, 3), TextOrNull(reader, 4),
                TextOrNull(reader, 5), TextOrNull(reader, 6), TextOrNull(reader, 7), TextOrNull(reader, 8),
                reader.GetInt64(9) != 0, DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(10)));
        }, cancellationToken);
    }

    /// <summary>Entra object ids are GUIDs; compare them case-insensitively by storing them lower-case.</summary>
    public static string NormalizeObjectId(string aadObjectId) => aadObjectId.Trim().ToLowerInvariant();

    /// <summary><c>conversation.conversationType</c>, or inferred when a test client leaves it out.</summary>
    internal static string ConversationTypeOf(Activity activity)
    {
        if (activity.Conversation?.ConversationType is { Length: > 0 } type)
        {
            return type;
        }

        if (activity.ChannelData?.Channel?.Id is { Length: > 0 })
        {
            return ConversationTypes.Channel;
        }

        return activity.Conversation?.IsGroup == true ? ConversationTypes.GroupChat : ConversationTypes.Personal;
    }

    /// <summary>The time zone the client reported: <c>localTimezone</c>, else the <c>clientInfo</c> entity's <c>timezone</c>.</summary>
    internal static string? TimeZoneOf(Activity activity) =>
        NullIfBlank(activity.LocalTimezone) ?? NullIfBlank(ClientInfo(activity)?.GetExtensionString("timezone"));

    internal static string? LocaleOf(Activity activity) =>
        NullIfBlank(activity.Locale) ?? NullIfBlank(ClientInfo(activity)?.GetExtensionString("locale"));

    private static Entity? ClientInfo(Activity activity) =>
        activity.Entities?.FirstOrDefault(e => string.Equals(e.Type, "clientInfo", StringComparison.OrdinalIgnoreCase));

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static bool IsUser(ChannelAccount? account, string? botId) =>
        account is { Id.Length: > 0, AadObjectId.Length: > 0 }
        && account.Id != botId
        && !string.Equals(account.Role, "bot", StringComparison.OrdinalIgnoreCase);

    private static void UpsertConversation(SqliteSession session, ConversationRecord c)
    {
        const string sql = """
            INSERT INTO outbound_conversations (conversation_id, channel_id, service_url, service_url_verified, conversation_type,
                tenant_id, team_id, team_aad_group_id, channel_ref_id, bot_id, active, updated_at)
            VALUES ($id, $channel, $url, $verified, $type, $tenant, $team, $teamGroup, $channelRef, $bot, 1, $now)
            ON CONFLICT(conversation_id) DO UPDATE SET
                channel_id = excluded.channel_id,
                service_url_verified = CASE WHEN excluded.service_url = service_url
                    THEN MAX(service_url_verified, excluded.service_url_verified) ELSE excluded.service_url_verified END,
                service_url = excluded.service_url,
                conversation_type = excluded.conversation_type,
                tenant_id = COALESCE(excluded.tenant_id, tenant_id),
                team_id = COALESCE(excluded.team_id, team_id),
                team_aad_group_id = COALESCE(excluded.team_aad_group_id, team_aad_group_id),
                channel_ref_id = COALESCE(excluded.channel_ref_id, channel_ref_id),
                bot_id = COALESCE(excluded.bot_id, bot_id),
                active = 1,
                updated_at = excluded.updated_at;
            """;
        session.Execute(sql,
            ("$id", c.ConversationId), ("$channel", c.ChannelId), ("$url", c.ServiceUrl), ("$verified", c.ServiceUrlVerified ? 1 : 0),
            ("$type", c.ConversationType), ("$tenant", c.TenantId), ("$team", c.TeamId), ("$teamGroup", c.TeamAadGroupId),
            ("$channelRef", c.ChannelRefId), ("$bot", c.BotId), ("$now", c.UpdatedAt.ToUnixTimeMilliseconds()));
    }

    private static void UpsertUser(
        SqliteSession session,
        ChannelAccount user,
        ConversationRecord seenIn,
        string? personalConversationId,
        string? timeZone,
        string? locale,
        bool activate)
    {
        const string sql = """
            INSERT INTO outbound_users (aad_object_id, teams_user_id, name, tenant_id, service_url, bot_id,
                personal_conversation_id, time_zone, locale, active, updated_at)
            VALUES ($id, $teamsId, $name, $tenant, $url, $bot, $personal, $zone, $locale, 1, $now)
            ON CONFLICT(aad_object_id) DO UPDATE SET
                teams_user_id = excluded.teams_user_id,
                name = COALESCE(excluded.name, name),
                tenant_id = COALESCE(excluded.tenant_id, tenant_id),
                service_url = excluded.service_url,
                bot_id = COALESCE(excluded.bot_id, bot_id),
                personal_conversation_id = COALESCE(excluded.personal_conversation_id, personal_conversation_id),
                time_zone = COALESCE(excluded.time_zone, time_zone),
                locale = COALESCE(excluded.locale, locale),
                active = CASE WHEN $activate = 1 THEN 1 ELSE active END,
                updated_at = excluded.updated_at;
            """;
        session.Execute(sql,
            ("$id", NormalizeObjectId(user.AadObjectId!)), ("$teamsId", user.Id), ("$name", NullIfBlank(user.Name)),
            ("$tenant", seenIn.TenantId), ("$url", seenIn.ServiceUrl), ("$bot", seenIn.BotId), ("$personal", personalConversationId),
            ("$zone", timeZone), ("$locale", locale), ("$activate", activate ? 1 : 0), ("$now", seenIn.UpdatedAt.ToUnixTimeMilliseconds()));
    }

    private static string? TextOrNull(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static partial class Log
    {
        [LoggerMessage(EventId = 3201, Level = LogLevel.Debug, Message = "A {Type} activity without conversation id or valid serviceUrl was not recorded")]
        public static partial void NotRecorded(ILogger logger, string? type);

        [LoggerMessage(EventId = 3202, Level = LogLevel.Information, Message = "A conversation was marked inactive")]
        public static partial void ConversationInactive(ILogger logger);
    }
}
