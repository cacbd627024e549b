using CoachBot.Bot.Storage;
using CoachBot.Dialogs.Scheduling;

namespace CoachBot.Bot.Scheduling;

/// <summary>The durable job table. Times are Unix milliseconds (UTC).</summary>
public sealed class JobsStorageModule : IStorageArea
{
    public string Name => "jobs";

    public IReadOnlyList<string> Migrations { get; } =
    [
        // 1: first release.
        """
        CREATE TABLE jobs (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            payload TEXT NOT NULL,
            due_at INTEGER NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('pending', 'running', 'done', 'failed', 'cancelled')),
            attempts INTEGER NOT NULL DEFAULT 0,
            lease_owner TEXT NULL,
            lease_until INTEGER NULL,
            last_error TEXT NULL,
            dedupe_key TEXT NULL,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX ix_jobs_status_due ON jobs (status, due_at);
        CREATE UNIQUE INDEX ux_jobs_pending_dedupe ON jobs (dedupe_key) WHERE status = 'pending' AND dedupe_key IS NOT NULL;
        """,

        // 2: runners run several jobs at once; a claim skips a job whose dedupe key a running job holds.
        """
        CREATE INDEX ix_jobs_running_dedupe ON jobs (dedupe_key) WHERE status = 'running' AND dedupe_key IS NOT NULL;
        """,
    ];

    /// <summary>The job table, as <see cref="IJobStore"/> for the runner and <see cref="IJobScheduler"/> for features.</summary>
    public void AddStores(IServiceCollection services)
    {
        services.AddSingleton<SqliteJobStore>();
        services.AddSingleton<IJobStore>(provider => provider.GetRequiredService<SqliteJobStore>());
        services.AddSingleton<IJobScheduler>(provider => provider.GetRequiredService<SqliteJobStore>());
    }
}
