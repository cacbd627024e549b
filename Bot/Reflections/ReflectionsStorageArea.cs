using CoachBot.Bot.Storage;
using CoachBot.Dialogs.Features.Reflections;

namespace CoachBot.Bot.Reflections;

/// <summary>
/// The coaches' reflections: one row each, keyed by coach (every query names the coach). Ids are never reused
/// (AUTOINCREMENT), so a button on an old card never reaches a newer reflection that took a deleted one's id.
/// <c>local_date</c> and <c>week_start</c> are dates as day numbers (days since 1 January 0001, <c>DateOnly.DayNumber</c>).
/// <c>roles</c> holds the role ids between commas (",role.mentor,role.learner,") so one role is found with LIKE;
/// <c>search</c> is the words in lower case for "my reflections padlet". Both indexes cover what they serve (a coach's
/// rows lie together in them, while in the table they are spread among everyone's): newest first and the list's
/// counts by week, role and kind; the digest's figures and weeks by local date; and, by date first, every coach's minutes
/// of a period summed (the one read across coaches: it returns sums, never a row or an id). Later areas of the same data (a goal
/// link, export) add their own migrations.
/// </summary>
public sealed class ReflectionsStorageArea : IStorageArea
{
    public string Name => "reflections";

    public IReadOnlyList<string> Migrations { get; } =
    [
        // 1: first release.
        """
        CREATE TABLE reflections (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            coach_id TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('coaching', 'diverted')),
            text TEXT NOT NULL,
            roles TEXT NOT NULL,
            roles_guessed INTEGER NOT NULL CHECK (roles_guessed IN (0, 1)),
            went_well TEXT NULL,
            next_step TEXT NULL,
            minutes INTEGER NULL CHECK (minutes IS NULL OR minutes BETWEEN 1 AND 480),
            at INTEGER NOT NULL,
            time_zone TEXT NOT NULL,
            local_date INTEGER NOT NULL,
            week_start INTEGER NOT NULL,
            edited_at INTEGER NULL,
            search TEXT NOT NULL
        );
        CREATE INDEX ix_reflections_coach_at ON reflections (coach_id, at, id, kind, week_start, roles);
        CREATE INDEX ix_reflections_coach_date ON reflections (coach_id, local_date, kind, week_start, minutes, roles);
        """,

        // 2: issue 21 — every coach's minutes of a period summed from the index alone (the team view, the digest's team median).
        "CREATE INDEX IF NOT EXISTS ix_reflections_date ON reflections (local_date, coach_id, kind, roles, minutes);",
    ];

    public void AddStores(IServiceCollection services) => services.AddSingleton<IReflectionStore, SqliteReflectionStore>();
}
