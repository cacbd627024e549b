using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.School;

namespace CoachBot.Dialogs.Features.Reflections;

/// <summary>
/// Whose reflections a person may export or delete: their own — as a coach, or as a former coach who still has some
/// (taken off the roster, their reflections are still theirs to take away or erase). Anyone else has none.
/// </summary>
public sealed class ReflectionOwners(ReflectionAccess access, IReflectionStore store)
{
    /// <summary>The person's coach id, or null when they are no coach and have no reflections.</summary>
    public async Task<string?> OwnerIdAsync(TurnUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (await access.CoachIdAsync(user, cancellationToken) is { } coachId)
        {
            return coachId;
        }

        return AadObjectIds.TryNormalize(user.AadObjectId, out var id) && await CountAsync(id, cancellationToken) > 0 ? id : null;
    }

    /// <summary>How many reflections (diverted time included) the coach has.</summary>
    public async Task<int> CountAsync(string coachId, CancellationToken cancellationToken) =>
        (await store.ListAsync(coachId, ReflectionQuery.All, null, 1, cancellationToken)).Total;
}
