using CoachBot.Bot.Pipeline;
using CoachBot.Dialogs.State;

namespace CoachBot.Bot.Storage;

/// <summary>The host's own tables: redelivery memory, welcomes, dialog/user state, and sent card instances.</summary>
public sealed class CoreStorageModule : IStorageArea
{
    public string Name => "core";

    public IReadOnlyList<string> Migrations { get; } =
    [
        // 1: first release.
        """
        CREATE TABLE processed_activities (
            channel_id TEXT NOT NULL,
            conversation_id TEXT NOT NULL,
            activity_id TEXT NOT NULL,
            processed_at INTEGER NOT NULL,
            invoke_status INTEGER NULL,
            invoke_body TEXT NULL,
            PRIMARY KEY (channel_id, conversation_id, activity_id)
        ) WITHOUT ROWID;
        CREATE INDEX ix_processed_activities_at ON processed_activities (processed_at);

        CREATE TABLE conversation_welcomes (
            channel_id TEXT NOT NULL,
            conversation_id TEXT NOT NULL,
            welcomed_at INTEGER NOT NULL,
            PRIMARY KEY (channel_id, conversation_id)
        ) WITHOUT ROWID;

        CREATE TABLE state (
            key TEXT PRIMARY KEY,
            version INTEGER NOT NULL,
            data TEXT NOT NULL,
            updated_at INTEGER NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE card_instances (
            card_id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            conversation_id TEXT NOT NULL,
            user_key TEXT NULL,
            activity_id TEXT NULL,
            status TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            completed_at INTEGER NULL
        ) WITHOUT ROWID;
        """,

        // 2: remember who used a card (audit, and "already saved" in shared chats).
        """
        ALTER TABLE card_instances ADD COLUMN completed_by TEXT NULL;
        """,
    ];

    /// <summary>The turn's stores: state and the dialog turn's unit of work, card instances, processed activities, welcomes.</summary>
    public void AddStores(IServiceCollection services)
    {
        services.AddSingleton<SqliteStateStore>();
        services.AddSingleton<IStateStore>(provider => provider.GetRequiredService<SqliteStateStore>());
        services.AddSingleton<IDialogTurnStore>(provider => provider.GetRequiredService<SqliteStateStore>());
        services.AddSingleton<ICardInstanceStore, SqliteCardInstanceStore>();
        services.AddSingleton<IProcessedActivityStore, SqliteProcessedActivityStore>();
        services.AddSingleton<IWelcomeLog, SqliteWelcomeLog>();
    }
}
