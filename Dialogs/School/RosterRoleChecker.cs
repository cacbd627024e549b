using CoachBot.Dialogs.Engine;

namespace CoachBot.Dialogs.School;

/// <summary>
/// The engine's <see cref="IRoleChecker"/> on the roster: role names are those of <see cref="CoachingRoles"/>
/// ("coach", "lead coach", "admin"). An unknown role name is denied (fail closed).
/// </summary>
public sealed class RosterRoleChecker(RosterPolicy policy) : IRoleChecker
{
    public async Task<bool> HasRoleAsync(TurnUser user, string role, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        return CoachingRoles.TryParse(role, out var required)
            && await policy.IsAllowedAsync(user.AadObjectId, required, cancellationToken);
    }

    public string DenialMessage(string role) =>
        CoachingRoles.TryParse(role, out var required)
            ? RosterTexts.Denied(required, null)
            : RosterTexts.Denied(CoachingRole.Admin, null);
}
