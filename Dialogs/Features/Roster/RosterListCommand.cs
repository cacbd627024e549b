using System.Globalization;
using System.Text;
using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.Features.Coverage;
using CoachBot.Dialogs.School;

namespace CoachBot.Dialogs.Features.Roster;

/// <summary>
/// <c>roster</c>: the admins, lead coaches and coaches (an admin's private output); each coach with the roles and
/// schools they cover, so an admin sees at a glance who a request would reach.
/// </summary>
public sealed class RosterListCommand(RosterManager roster, ICoverageStore coverage, CoachRoleNames roleNames, Schools schools) : IChatCommand
{
    public async Task RunAsync(DialogContext context, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var covered = (await coverage.ListAsync(cancellationToken)).ToDictionary(entry => entry.AadObjectId, StringComparer.Ordinal);
        var text = new StringBuilder("**CoachBot roster**");
        var uncovered = 0;
        foreach (var (role, heading) in new[] { (CoachingRole.Admin, "Admins"), (CoachingRole.LeadCoach, "Lead coaches"), (CoachingRole.Coach, "Coaches") })
        {
            var people = await roster.ListAsync(role, cancellationToken);
            text.Append(CultureInfo.InvariantCulture, $"\n\n**{heading}** ({people.Count})");
            foreach (var person in people)
            {
                var note = person.IsConfiguredAdmin ? " (from the settings)" : "";
                if (role == CoachingRole.Coach)
                {
                    var line = CoverageLine(covered.GetValueOrDefault(person.Member.AadObjectId));
                    uncovered += line is null ? 1 : 0;
                    note += line is null ? ": no coverage yet" : $": {line}";
                }

                text.Append(CultureInfo.InvariantCulture, $"\n- {person.Member.NameForReplies}{note}");
            }
        }

        if (uncovered > 0)
        {
            text.Append("\n\nCoaches without coverage get no requests. Set it with **coverage @Name** (coaches: **my coverage**).");
        }

        context.Reply(text.ToString());
    }

    /// <summary>"Data Coach, Mentor at Lincoln, Washington", or null when nothing is covered.</summary>
    private string? CoverageLine(CoachCoverage? entry)
    {
        if (entry is null || entry.RoleIds.Count == 0)
        {
            return null;
        }

        var roles = string.Join(", ", entry.RoleIds.Select(roleNames.TitleOf));
        if (!schools.MustChoose)
        {
            return roles;
        }

        var at = entry.Schools.Select(schools.Find).OfType<string>().ToList();
        return at.Count == 0 ? $"{roles} (no school chosen)" : $"{roles} at {string.Join(", ", at)}";
    }
}
