using CoachBot.Bot.Storage;
using CoachBot.Dialogs.Features.Nudges;

namespace CoachBot.Bot.Nudges;

/// <summary>
/// The nudges' tables: each coach's schedule, and the sent-nudges table — one row per (coach, school week, kind), unique,
/// claimed under a lease before a send and marked sent after the connector accepted it. Also registers how a job finds a
/// coach's time zone and how a nudge is delivered.
/// </summary>
public sealed class NudgesStorageArea : IStorageArea
{
    public string Name => "nudges";

    public IReadOnlyList<string> Migrations { get; } =
    [
        // 1: first release.
        """
        CREATE TABLE nudge_schedules (
            coach TEXT PRIMARY KEY,
            day INTEGER NULL,
            time TEXT NULL,
            paused INTEGER NOT NULL DEFAULT 0,
            unreachable INTEGER NOT NULL DEFAULT 0,
            zone TEXT NULL,
            skip_week TEXT NULL,
            last_week TEXT NULL,
            next_week TEXT NULL,
            next_due INTEGER NULL,
            missed INTEGER NOT NULL DEFAULT 0,
            updated_at INTEGER NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE nudges_sent (
            coach TEXT NOT NULL,
            week TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('weekly', 'snooze')),
            status TEXT NOT NULL CHECK (status IN ('claimed', 'released', 'sent', 'skipped')),
            lease_until INTEGER NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            conversation_id TEXT NULL,
            activity_id TEXT NULL,
            updated_at INTEGER NOT NULL,
            PRIMARY KEY (coach, week, kind)
        ) WITHOUT ROWID;
        """,
    ];

    public void AddStores(IServiceCollection services)
    {
        services.AddSingleton<INudgeStore, SqliteNudgeStore>();
        // These two lean on the host's outbound and settings services (not storage): made when first asked for.
        services.AddSingleton<ICoachTimeZones>(provider => ActivatorUtilities.CreateInstance<DirectoryCoachTimeZones>(provider));
        services.AddSingleton<INudgeDelivery>(provider => ActivatorUtilities.CreateInstance<NudgeDelivery>(provider));
    }
}
