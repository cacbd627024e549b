using CoachBot.Cards.Views.Coverage;
using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.School;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoachBot.Dialogs.Features.Coverage;

/// <summary>
/// Who covers what: each coach or lead coach covers some of the ten roles at some of the schools of <c>School:Schools</c>.
/// Coaches set their own (<c>my coverage</c>); admins and lead coaches set anyone's (<c>coverage @Name</c>). Support
/// requests are routed by it, and <c>roster</c> shows it.
/// </summary>
public sealed class CoverageFeature : IFeature
{
    public string Name => "coverage";

    public void Register(FeatureBuilder feature)
    {
        ArgumentNullException.ThrowIfNull(feature);
        feature.Services.TryAddSingleton<Schools>();
        feature.Services.TryAddSingleton<CoachRoleNames>();
        feature
            .Json(CoverageJsonContext.Default)
            .Json(CoverageActionJsonContext.Default)
            .Store<ICoverageStore>()
            .Welcome(new WelcomeLine("keep track of which roles and schools you cover, so teachers' requests reach you", CoachingRoles.CoachName))
            .Command<MyCoverageCommand>(new CommandInfo(
                "my coverage", "the roles and schools you cover: requests for them come to you (a form)", CoachingRoles.CoachName, IsPrivate: true,
                Aliases: ["set my coverage"]))
            .Command<CoverageCommand>(new CommandInfo(CoverageCommand.Name, null, IsPrivate: true, Usage: "coverage @Name"))
            .Help(new HelpLine("coverage @Name", "set the roles and schools a coach covers (a form, sent privately)", CoachingRoles.LeadCoachName))
            .Help(new HelpLine("coverage @Name", "set the roles and schools a coach covers (a form, sent privately)", CoachingRoles.AdminName))
            .Dialog<CoverageDialog>();
    }
}
