using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.Messaging;
using CoachBot.Dialogs.School;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Dialogs.Features.Roster;

/// <summary>Admins manage who is a coach, lead coach or admin by @mentioning people, and list the roster.</summary>
public sealed class RosterFeature : IFeature
{
    public string Name => "roster";

    public void Register(FeatureBuilder feature)
    {
        ArgumentNullException.ThrowIfNull(feature);
        feature.Store<IRosterStore>();
        feature.Welcome(new WelcomeLine("keep track of who the coaches are"));
        foreach (var grant in new[] { true, false })
        {
            foreach (var role in CoachingRoles.Grantable)
            {
                // One help line for each of "add" and "remove"; the other roles' twins are named in it.
                var help = role != CoachingRole.Coach ? null
                    : grant ? "give someone a role (also **add lead coach**, **add admin**)"
                    : "take a role away (the last admin stays)";
                var name = RosterChangeCommand.NameFor(role, grant);
                feature.Command(
                    new CommandInfo(name, help, CoachingRoles.AdminName, Usage: $"{name} @Name"),
                    provider => new RosterChangeCommand(provider.GetRequiredService<RosterManager>(), provider.GetRequiredService<IPeopleDirectory>(), role, grant));
            }
        }

        feature.Command<RosterListCommand>(new CommandInfo(
            "roster", "who holds which role", CoachingRoles.AdminName, IsPrivate: true, Aliases: ["list coaches", "who are the coaches"]));
    }
}
