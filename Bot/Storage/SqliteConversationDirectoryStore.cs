using CoachBot.Bot.Outbound;
using Microsoft.Data.Sqlite;

namespace CoachBot.Bot.Storage;

/// <summary><see cref="IConversationDirectoryStore"/> on the <c>outbound_conversations</c> and <c>outbound_users</c> tables.</summary>
public sealed class SqliteConversationDirectoryStore(SqliteDatabase database) : IConversationDirectoryStore
{
    private const string ConversationColumns =
        "conversation_id, channel_id, service_url, service_url_verified, conversation_type, tenant_id, team_id, team_aad_group_id, channel_ref_id, bot_id, active, updated_at";

    private const string UserColumns =
        "aad_object_id, teams_user_id, name, tenant_id, service_url, bot_id, personal_conversation_id, time_zone, locale, active, updated_at";

    public Task RecordInboundAsync(ConversationRecord conversation, IReadOnlyList<SeenPerson> people, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(people);
        return database.WriteAsync(session =>
        {
            UpsertConversation(session, conversation);
            foreach (var person in people)
            {
                UpsertUser(session, person, conversation);
            }
        }, cancellationToken);
    }

    public Task MarkConversationInactiveAsync(string conversationId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var now = at.ToUnixTimeMilliseconds();
        return database.WriteAsync(session =>
        {
            session.Execute("UPDATE outbound_conversations SET active = 0, updated_at = $now WHERE conversation_id = $id;", ("$id", conversationId), ("$now", now));
            session.Execute("UPDATE outbound_users SET active = 0, updated_at = $now WHERE personal_conversation_id = $id;", ("$id", conversationId), ("$now", now));
        }, cancellationToken);
    }

    public Task MarkUserUnreachableAsync(string aadObjectId, DateTimeOffset at, CancellationToken cancellationToken) =>
        database.WriteAsync(
            session => session.Execute(
                "UPDATE outbound_users SET active = 0, updated_at = $now WHERE aad_object_id = $id;", ("$id", aadObjectId), ("$now", at.ToUnixTimeMilliseconds())),
            cancellationToken);

    public Task RecordPersonalConversationAsync(string aadObjectId, ConversationRecord conversation, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        return database.WriteAsync(session =>
        {
            UpsertConversation(session, conversation);
            session.Execute(
                "UPDATE outbound_users SET personal_conversation_id = $conversation, updated_at = $now WHERE aad_object_id = $id;",
                ("$id", aadObjectId), ("$conversation", conversation.ConversationId), ("$now", at.ToUnixTimeMilliseconds()));
        }, cancellationToken);
    }

    public Task<ConversationRecord?> FindConversationAsync(string conversationId, CancellationToken cancellationToken) =>
        database.ReadAsync(session =>
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

    public Task<UserRecord?> FindUserAsync(string aadObjectId, CancellationToken cancellationToken) =>
        database.ReadAsync(session =>
        {
            using var reader = session.Query($"SELECT {UserColumns} FROM outbound_users WHERE aad_object_id = $id;", ("$id", aadObjectId));
            if (!reader.Read())
            {
                return null;
            }

            return new UserRecord(
                reader.GetString(0), reader.GetString(1), TextOrNull(reader, 2), TextOrNull(reader, 3), TextOrNull(reader, 4),
                TextOrNull(reader, 5), TextOrNull(reader, 6), TextOrNull(reader, 7), TextOrNull(reader, 8),
                reader.GetInt64(9) != 0, DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(10)));
        }, cancellationToken);

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

    private static void UpsertUser(SqliteSession session, SeenPerson person, ConversationRecord seenIn)
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
            ("$id", person.AadObjectId), ("$teamsId", person.TeamsUserId), ("$name", person.Name),
            ("$tenant", seenIn.TenantId), ("$url", seenIn.ServiceUrl), ("$bot", seenIn.BotId), ("$personal", person.PersonalConversationId),
            ("$zone", person.TimeZone), ("$locale", person.Locale), ("$activate", person.Activate ? 1 : 0), ("$now", seenIn.UpdatedAt.ToUnixTimeMilliseconds()));
    }

    private static string? TextOrNull(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
