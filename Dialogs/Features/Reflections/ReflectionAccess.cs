using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.School;
using Microsoft.Extensions.Options;

namespace CoachBot.Dialogs.Features.Reflections;

/// <summary>
/// Who may keep reflections — coaches and lead coaches on the roster — and the id their reflections are kept under
/// (the canonical Entra object id). In Development only, <see cref="ReflectionsOptions.DevelopmentCoaches"/> adds the
/// Playground's user, whose reflections are kept under its own (non-GUID) key.
/// </summary>
public sealed class ReflectionAccess(RosterPolicy roster, IOptions<ReflectionsOptions> options, bool isDevelopment)
{
    private readonly HashSet<string> _developmentCoaches = isDevelopment
        ? options.Value.DevelopmentCoaches.Where(id => !string.IsNullOrWhiteSpace(id)).Select(id => id.Trim()).ToHashSet(StringComparer.Ordinal)
        : [];

    /// <summary>The id the person's reflections are kept under, or null when they may not keep reflections.</summary>
    public async Task<string?> CoachIdAsync(TurnUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (AadObjectIds.TryNormalize(user.AadObjectId, out var id) && await roster.IsAllowedAsync(id, CoachingRole.Coach, cancellationToken))
        {
            return id;
        }

        return _developmentCoaches.Count > 0
            && (_developmentCoaches.Contains(user.Id) || (user.AadObjectId is { } aad && _developmentCoaches.Contains(aad)))
            ? user.Key
            : null;
    }
}
