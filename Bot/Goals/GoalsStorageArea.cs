using CoachBot.Bot.Storage;
using CoachBot.Dialogs.Features.Goals;

namespace CoachBot.Bot.Goals;

/// <summary>
/// The goals' tables: the goals (milestones as a small JSON list), their progress history, the reflections linked to
/// them, and which once-a-year offers a coach has had.
/// </summary>
public sealed class GoalsStorageArea : IStorageArea
{
    public string Name => "goals";

    public IReadOnlyList<string> Migrations { get; } =
    [
        // 1: first release.
        """
        CREATE TABLE goals (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            coach TEXT NOT NULL,
            year_start TEXT NOT NULL,
            year_end TEXT NOT NULL,
            year_label TEXT NOT NULL,
            title TEXT NOT NULL,
            serves TEXT NOT NULL,
            target INTEGER NULL,
            unit TEXT NULL,
            progress INTEGER NOT NULL DEFAULT 0,
            milestones TEXT NULL,
            due TEXT NULL,
            status TEXT NOT NULL CHECK (status IN ('active', 'done', 'archived', 'carried_over')),
            start_date TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            done_at INTEGER NULL,
            carried_from INTEGER NULL REFERENCES goals (id),
            last_progress_at INTEGER NULL,
            version INTEGER NOT NULL
        );
        CREATE INDEX ix_goals_coach ON goals (coach, year_start, status);

        CREATE TABLE goal_progress (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            goal_id INTEGER NOT NULL REFERENCES goals (id),
            at INTEGER NOT NULL,
            amount INTEGER NOT NULL,
            milestone INTEGER NULL
        );
        CREATE INDEX ix_goal_progress_goal ON goal_progress (goal_id, at);

        CREATE TABLE goal_reflection_links (
            goal_id INTEGER NOT NULL REFERENCES goals (id),
            reflection_id TEXT NOT NULL,
            coach TEXT NOT NULL,
            linked_at INTEGER NOT NULL,
            excerpt TEXT NOT NULL,
            PRIMARY KEY (goal_id, reflection_id)
        ) WITHOUT ROWID;
        CREATE INDEX ix_goal_reflection_links_reflection ON goal_reflection_links (coach, reflection_id);

        CREATE TABLE goal_offers (
            coach TEXT NOT NULL,
            offer TEXT NOT NULL,
            year_start TEXT NOT NULL,
            PRIMARY KEY (coach, offer, year_start)
        ) WITHOUT ROWID;
        """,
    ];

    public void AddStores(IServiceCollection services) => services.AddSingleton<IGoalStore, SqliteGoalStore>();
}
