using CoachBot.Dialogs.School;

namespace CoachBot.Dialogs.Features.Coverage;

/// <summary>Who may change whose coverage: a coach their own; an admin or lead coach anyone's who is a coach or lead coach.</summary>
public static class CoverageRules
{
    public const string OnlyAdminsAndLeads =
        "Only admins and lead coaches can set another coach's coverage. Coaches set their own with **my coverage**.";

    /// <summary>Null when <paramref name="actorAadObjectId"/> may change the coverage of <paramref name="targetAadObjectId"/>; else why not.</summary>
    public static async Task<string?> CheckAsync(RosterPolicy roster, string? actorAadObjectId, string targetAadObjectId, bool self, string? targetName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(roster);
        if (!self)
        {
            var actor = await roster.GetRolesAsync(actorAadObjectId, cancellationToken);
            if (!actor.Has(CoachingRole.Admin) && !actor.Has(CoachingRole.LeadCoach))
            {
                return OnlyAdminsAndLeads;
            }
        }

        if (!await roster.IsAllowedAsync(targetAadObjectId, CoachingRole.Coach, cancellationToken))
        {
            return self
                ? RosterTexts.Denied(CoachingRole.Coach, "my coverage")
                : $"{(string.IsNullOrWhiteSpace(targetName) ? "That person" : targetName.Trim())} isn't a coach or lead coach, so they cover nothing. An admin can add them first with **add coach @Name**.";
        }

        return null;
    }
}
