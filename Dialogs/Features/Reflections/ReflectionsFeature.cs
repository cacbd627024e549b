using CoachBot.Cards.Views.Reflections;
using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.School;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoachBot.Dialogs.Features.Reflections;

/// <summary>
/// Coaches log reflections in seconds (<c>reflect: …</c>, the <c>reflect</c> form, <c>diverted: …</c>) and see where
/// their time goes across the ten roles (<c>my reflections</c>, <c>reflection digest</c>). Private to each coach.
/// The commands check the role themselves (not <see cref="CommandInfo.RequiredRole"/>), so a teacher is told what
/// CoachBot does for them instead; their help lines are shown to coaches only. With the goals feature present
/// (<see cref="CoachBot.Dialogs.Features.Goals.IGoalLinks"/>, the only thing used of it), a reflection can be linked to one of the coach's goals.
/// </summary>
public sealed class ReflectionsFeature : IFeature
{
    public string Name => "reflections";

    public void Register(FeatureBuilder feature)
    {
        ArgumentNullException.ThrowIfNull(feature);
        var services = feature.Services;
        services.TryAddSingleton<ReflectionAccess>();
        services.TryAddSingleton<ReflectionRoles>();
        services.TryAddSingleton<ReflectionRules>();
        services.TryAddSingleton<ReflectionJournal>();
        services.TryAddSingleton<ReflectionLists>();
        services.TryAddSingleton<ReflectionGoals>();
        services.TryAddSingleton<ReflectionTeamMedians>();

        feature
            .Store<IReflectionStore>()
            .Json(ReflectionsActionJsonContext.Default)
            .Welcome(new WelcomeLine("log a reflection in seconds and show you where your time goes across the ten roles", CoachingRoles.CoachName))
            .Help(new HelpLine("reflect: what you did", "log a reflection in seconds, roles guessed for you, minutes optional (**reflect: modeled Padlet with grade 4, 20 min**); **reflect** alone opens a form", CoachingRoles.CoachName))
            .Help(new HelpLine("diverted: what took your time", "log time taken by work that isn't coaching (**diverted: bus duty 20 min**)", CoachingRoles.CoachName))
            .Help(new HelpLine("my reflections", "yours, newest first; add **this week**, **last week**, a role or a word (sent privately)", CoachingRoles.CoachName))
            .Help(new HelpLine("reflection digest", "where your time went across the ten roles this week and this school year (sent privately)", CoachingRoles.CoachName))
            .Command(new CommandInfo("reflect", Help: null), Capture(ReflectionKind.Coaching))
            .Command(new CommandInfo("diverted", Help: null, Aliases: ["divert"]), Capture(ReflectionKind.Diverted))
            .Command<MyReflectionsCommand>(new CommandInfo("my reflections", Help: null, IsPrivate: true, Aliases: ["reflections", "list reflections"]))
            .Command<ReflectionDigestCommand>(new CommandInfo(
                "reflection digest", Help: null, IsPrivate: true, Aliases: ["reflections digest", "my digest", "my reflection digest"]))
            .Verb<ReflectionSaveVerb>()
            .Verb<ReflectionEditVerb>()
            .Verb<ReflectionUndoVerb>()
            .Verb<ReflectionDeleteVerb>()
            .Verb<ReflectionListVerb>()
            .Verb<ReflectionLinkGoalVerb>();
    }

    private static Func<IServiceProvider, IChatCommand> Capture(ReflectionKind kind) => provider => new ReflectCommand(
        provider.GetRequiredService<ReflectionAccess>(),
        provider.GetRequiredService<ReflectionJournal>(),
        provider.GetRequiredService<ReflectionRules>(),
        kind);
}
