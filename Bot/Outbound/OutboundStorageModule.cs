using CoachBot.Bot.Storage;

namespace CoachBot.Bot.Outbound;

/// <summary>
/// The outbound layer's tables: who-is-where (conversations, users), the serviceUrl hosts seen on
/// authenticated activities, and the durable outbox.
/// </summary>
public sealed class OutboundStorageModule : IStorageArea
{
    public string Name => "outbound";

    public IReadOnlyList<string> Migrations { get; } =
    [
        // 1: first release.
        """
        CREATE TABLE outbound_conversations (
            conversation_id TEXT PRIMARY KEY,
            channel_id TEXT NOT NULL,
            service_url TEXT NOT NULL,
            service_url_verified INTEGER NOT NULL,
            conversation_type TEXT NOT NULL,
            tenant_id TEXT NULL,
            team_id TEXT NULL,
            team_aad_group_id TEXT NULL,
            channel_ref_id TEXT NULL,
            bot_id TEXT NULL,
            active INTEGER NOT NULL,
            updated_at INTEGER NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE outbound_users (
            aad_object_id TEXT PRIMARY KEY,
            teams_user_id TEXT NOT NULL,
            name TEXT NULL,
            tenant_id TEXT NULL,
            service_url TEXT NULL,
            bot_id TEXT NULL,
            personal_conversation_id TEXT NULL,
            time_zone TEXT NULL,
            locale TEXT NULL,
            active INTEGER NOT NULL,
            updated_at INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX ix_outbound_users_personal ON outbound_users (personal_conversation_id);

        CREATE TABLE outbound_trusted_hosts (
            authority TEXT PRIMARY KEY,
            first_seen_at INTEGER NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE outbound_outbox (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL,
            service_url TEXT NOT NULL,
            conversation_id TEXT NOT NULL,
            tenant_id TEXT NULL,
            activity_id TEXT NULL,
            body TEXT NULL,
            status TEXT NOT NULL,
            attempts INTEGER NOT NULL,
            due_at INTEGER NOT NULL,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            last_error TEXT NULL,
            result_activity_id TEXT NULL
        );
        CREATE INDEX ix_outbound_outbox_pending ON outbound_outbox (status, conversation_id, id);
        CREATE INDEX ix_outbound_outbox_updated ON outbound_outbox (status, updated_at);
        """,
    ];

    /// <summary>Who-is-where, the durable outbox and the trusted Connector hosts.</summary>
    public void AddStores(IServiceCollection services)
    {
        services.AddSingleton<IConversationDirectoryStore, SqliteConversationDirectoryStore>();
        services.AddSingleton<IOutboxStore, SqliteOutboxStore>();
        services.AddSingleton<ITrustedHostStore, SqliteTrustedHostStore>();
    }
}
