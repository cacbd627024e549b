using CoachBot.Dialogs.School;

namespace CoachBot.Dialogs.Features.TeamView;

/// <summary>Who may see the team's figures: lead coaches and admins (checked on every use, and again when an export's link is used).</summary>
public sealed class TeamViewAccess(RosterPolicy roster)
{
    /// <summary>Null when the person may see the team view, else what they are told instead.</summary>
    public async Task<string?> RefusalAsync(string? aadObjectId, CancellationToken cancellationToken)
    {
        var roles = await roster.GetRolesAsync(aadObjectId, cancellationToken);
        if (roles.Has(CoachingRole.LeadCoach) || roles.Has(CoachingRole.Admin))
        {
            return null;
        }

        return roles.Has(CoachingRole.Coach) ? TeamViewTexts.ForCoaches : TeamViewTexts.ForTeachers;
    }
}
