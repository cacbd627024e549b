using CoachBot.Bot.Coverage;
using CoachBot.Bot.Downloads;
using CoachBot.Bot.Goals;
using CoachBot.Bot.Nudges;
using CoachBot.Bot.Outbound;
using CoachBot.Bot.Requests;
using CoachBot.Bot.RolesQa;
using CoachBot.Bot.Reflections;
using CoachBot.Bot.School;
using CoachBot.Bot.Scheduling;
using CoachBot.Bot.Storage;
using CoachBot.Bot.TeamView;
using CoachBot.Dialogs.Features;
using CoachBot.Dialogs.Features.Coverage;
using CoachBot.Dialogs.Features.Goals;
using CoachBot.Dialogs.Features.Help;
using CoachBot.Dialogs.Features.Nudges;
using CoachBot.Dialogs.Features.Requests;
using CoachBot.Dialogs.Features.Reflections;
using CoachBot.Dialogs.Features.Roster;
using CoachBot.Dialogs.Features.RolesQa;
using CoachBot.Dialogs.Features.Settings;
using CoachBot.Dialogs.Features.TeamView;

namespace CoachBot.Bot.Hosting;

/// <summary>
/// The one place that lists what CoachBot is made of: its features (each a folder in <c>Dialogs/Features/</c>) and the
/// storage areas that hold their data. Adding a feature adds a line to <see cref="Features"/>, and to
/// <see cref="StorageAreas"/> when it has a store (docs/architecture.md).
/// </summary>
public static class CoachBotFeatures
{
    /// <summary>The features, in the order help and the welcome card list them.</summary>
    public static IReadOnlyList<IFeature> Features(IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return
        [
            new HelpFeature(),
            new RolesQaFeature(environment.ContentRootPath),
            new RequestsFeature(),
            new RequestDataFeature(),
            new SettingsFeature(),
            new RosterFeature(),
            new CoverageFeature(),
            new DevelopmentSeedFeature(),
            new ReflectionsFeature(),
            new ReflectionDataFeature(),
            new GoalsFeature(),
            new NudgesFeature(developmentTrigger: environment.IsDevelopment()),
            new TeamViewFeature(),
        ];
    }

    /// <summary>The storage areas on SQLite: the host's own tables, then one per feature that stores something.</summary>
    public static IReadOnlyList<IStorageArea> StorageAreas() =>
    [
        new CoreStorageModule(),
        new OutboundStorageModule(),
        new JobsStorageModule(),
        new RosterStorageModule(),
        new CoverageStorageArea(),
        new RequestsStorageArea(),
        new RequestDataStorageArea(),
        new ReflectionsStorageArea(),
        new DownloadsStorageArea(),
        new QaStorageArea(),
        new GoalsStorageArea(),
        new NudgesStorageArea(),
        new TeamViewStorageArea(),
    ];
}
