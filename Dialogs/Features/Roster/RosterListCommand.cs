using System.Globalization;
using System.Text;
using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.School;

namespace CoachBot.Dialogs.Features.Roster;

/// <summary><c>roster</c>: the admins, lead coaches and coaches (an admin's private output).</summary>
public sealed class RosterListCommand(RosterManager roster) : IChatCommand
{
    public async Task RunAsync(DialogContext context, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = new StringBuilder("**CoachBot roster**");
        foreach (var (role, heading) in new[] { (CoachingRole.Admin, "Admins"), (CoachingRole.LeadCoach, "Lead coaches"), (CoachingRole.Coach, "Coaches") })
        {
            var people = await roster.ListAsync(role, cancellationToken);
            text.Append(CultureInfo.InvariantCulture, $"\n\n**{heading}** ({people.Count})");
            foreach (var person in people)
            {
                var note = person.IsConfiguredAdmin ? " (from the settings)" : "";
                text.Append(CultureInfo.InvariantCulture, $"\n- {person.Member.NameForReplies}{note}");
            }
        }

        context.Reply(text.ToString());
    }
}
