using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.School;

namespace CoachBot.Dialogs.Features.Reflections;

/// <summary>
/// Who may keep reflections — coaches and lead coaches on the roster — and the id their reflections are kept under
/// (the canonical Entra object id).
/// </summary>
public sealed class ReflectionAccess(RosterPolicy roster)
{
    /// <summary>The id the person's reflections are kept under, or null when they may not keep reflections.</summary>
    public async Task<string?> CoachIdAsync(TurnUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        return AadObjectIds.TryNormalize(user.AadObjectId, out var id) && await roster.IsAllowedAsync(id, CoachingRole.Coach, cancellationToken)
            ? id
            : null;
    }
}
