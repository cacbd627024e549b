using CoachBot.Bot.Storage;
using CoachBot.Dialogs.Features.TeamView;

namespace CoachBot.Bot.TeamView;

/// <summary>
/// The team view keeps nothing: it reads the requests', reflections', roster's and coverage's tables. Its migrations are
/// indexes: one lets it read the school year's requests without scanning them all, one lets it sum the school year's
/// reflection minutes from the index alone.
/// </summary>
public sealed class TeamViewStorageArea : IStorageArea
{
    public string Name => "team-view";

    public IReadOnlyList<string> Migrations { get; } =
    [
        // 1: first release.
        "CREATE INDEX IF NOT EXISTS ix_support_requests_created ON support_requests (created_at);",

        // 2: issue 21's speed work — the reflection minutes summed by date, coach, kind and roles, from the index alone.
        "CREATE INDEX IF NOT EXISTS ix_reflections_date ON reflections (local_date, coach_id, kind, roles, minutes);",
    ];

    public void AddStores(IServiceCollection services) => services.AddSingleton<ITeamViewStore, SqliteTeamViewStore>();
}
