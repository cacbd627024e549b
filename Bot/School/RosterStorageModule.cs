using CoachBot.Bot.Storage;
using CoachBot.Dialogs.School;

namespace CoachBot.Bot.School;

/// <summary>The roster's tables: people as last seen, their granted roles, and the history of changes.</summary>
public sealed class RosterStorageModule : IStorageArea
{
    public string Name => "roster";

    public IReadOnlyList<string> Migrations { get; } =
    [
        // 1: first release.
        """
        CREATE TABLE roster_members (
            aad_object_id TEXT PRIMARY KEY,
            teams_id TEXT NULL,
            display_name TEXT NULL,
            seen_at INTEGER NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE roster_grants (
            aad_object_id TEXT NOT NULL REFERENCES roster_members (aad_object_id),
            role TEXT NOT NULL,
            granted_by TEXT NOT NULL,
            granted_at INTEGER NOT NULL,
            PRIMARY KEY (aad_object_id, role)
        ) WITHOUT ROWID;
        CREATE INDEX ix_roster_grants_role ON roster_grants (role);

        CREATE TABLE roster_changes (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            aad_object_id TEXT NOT NULL,
            role TEXT NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('grant', 'revoke')),
            changed_by TEXT NOT NULL,
            changed_at INTEGER NOT NULL
        );
        CREATE INDEX ix_roster_changes_member ON roster_changes (aad_object_id, id);
        """,
    ];

    public void AddStores(IServiceCollection services) => services.AddSingleton<IRosterStore, SqliteRosterStore>();
}
