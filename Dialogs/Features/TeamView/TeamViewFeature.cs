using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.OwnData;
using CoachBot.Dialogs.School;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoachBot.Dialogs.Features.TeamView;

/// <summary>
/// The coaching team's view (issue 21): <c>team view [school]</c> and <c>team view export</c> for lead coaches and admins,
/// sent privately. Counts and minutes only, each from at least <c>Privacy:MinimumGroupSize</c> people, with complementary
/// suppression (<see cref="SmallGroupSuppression"/>). Reads the other features' tables through its own read-only
/// <see cref="ITeamViewStore"/>; keeps nothing. The commands check the role themselves, so a coach or a teacher is told
/// what the view is instead of the engine's generic refusal.
/// </summary>
public sealed class TeamViewFeature : IFeature
{
    private const string ViewHelp =
        "the coaching team's figures: requests by kind of support, the team's time by role and coverage gaps, for all schools or one (counts only; sent privately)";

    private const string ExportHelp = "the team view's figures as a spreadsheet file (CSV), through a download link that works once, for 10 minutes (sent privately)";

    public string Name => "team view";

    public void Register(FeatureBuilder feature)
    {
        ArgumentNullException.ThrowIfNull(feature);
        var services = feature.Services;
        services.TryAddSingleton<TeamViewAccess>();
        services.TryAddSingleton<TeamViewReport>();
        services.TryAddSingleton<ExportReplies>();
        services.AddSingleton<IDownloadSource, TeamViewExport>();

        feature
            .Store<ITeamViewStore>()
            .Command<TeamViewCommand>(new CommandInfo(TeamViewCommand.Name, Help: null, IsPrivate: true, Aliases: ["teamview", "coaching team view"], Usage: "team view [school]"))
            .Command<TeamViewExportCommand>(new CommandInfo(TeamViewExportCommand.Name, Help: null, IsPrivate: true, Aliases: ["export team view"]))
            .Help(new HelpLine("team view [school]", ViewHelp, CoachingRoles.LeadCoachName))
            .Help(new HelpLine("team view [school]", ViewHelp, CoachingRoles.AdminName))
            .Help(new HelpLine(TeamViewExportCommand.Name, ExportHelp, CoachingRoles.LeadCoachName))
            .Help(new HelpLine(TeamViewExportCommand.Name, ExportHelp, CoachingRoles.AdminName));
    }
}
