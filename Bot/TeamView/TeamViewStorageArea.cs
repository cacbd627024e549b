using CoachBot.Bot.Storage;
using CoachBot.Dialogs.Features.TeamView;

namespace CoachBot.Bot.TeamView;

/// <summary>
/// The team view keeps nothing: it reads the requests', reflections', roster's and coverage's tables. Its one migration
/// is an index that lets it read the school year's requests without scanning them all (the reflections' area has the
/// index by date that its reflection minutes are summed from).
/// </summary>
public sealed class TeamViewStorageArea : IStorageArea
{
    public string Name => "team-view";

    public IReadOnlyList<string> Migrations { get; } =
    [
        // 1: first release.
        "CREATE INDEX IF NOT EXISTS ix_support_requests_created ON support_requests (created_at);",
    ];

    public void AddStores(IServiceCollection services) => services.AddSingleton<ITeamViewStore, SqliteTeamViewStore>();
}
