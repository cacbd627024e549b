using CoachBot.Bot.Storage;
using CoachBot.Dialogs.Features.Coverage;

namespace CoachBot.Bot.Coverage;

/// <summary>Coverage's table: for each coach, the roles and schools they cover.</summary>
public sealed class CoverageStorageArea : IStorageArea
{
    public string Name => "coverage";

    public IReadOnlyList<string> Migrations { get; } =
    [
        // 1: first release. Roles are topic ids, comma-separated; schools are names, one per line (names may hold spaces,
        // never commas or line breaks: School:Schools is checked at start-up).
        """
        CREATE TABLE coverage (
            aad_object_id TEXT PRIMARY KEY,
            roles TEXT NOT NULL,
            schools TEXT NOT NULL,
            updated_by TEXT NOT NULL,
            updated_at INTEGER NOT NULL
        ) WITHOUT ROWID;
        """,
    ];

    public void AddStores(IServiceCollection services) => services.AddSingleton<ICoverageStore, SqliteCoverageStore>();
}
