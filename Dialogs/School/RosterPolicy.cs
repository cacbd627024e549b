using Microsoft.Extensions.Options;

namespace CoachBot.Dialogs.School;

/// <summary>
/// Decides who may do what: stored grants (lead coach implies coach), the admins from <c>Coaching:Admins</c>,
/// and everyone a teacher. Someone without an AAD object id (e.g. an anonymous test client) is a teacher only.
/// </summary>
public sealed class RosterPolicy
{
    private readonly IRosterStore _store;
    private readonly HashSet<string> _configuredAdmins;

    public RosterPolicy(IRosterStore store, IOptions<CoachingOptions> options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _configuredAdmins = new HashSet<string>(StringComparer.Ordinal);
        foreach (var admin in options.Value.Admins)
        {
            // Invalid entries fail start-up through CoachingOptionsValidator; here they simply grant nothing.
            if (AadObjectIds.TryNormalize(admin, out var id))
            {
                _configuredAdmins.Add(id);
            }
        }
    }

    /// <summary>The admins from <c>Coaching:Admins</c>, canonical form.</summary>
    public IReadOnlyCollection<string> ConfiguredAdmins => _configuredAdmins;

    /// <summary>True when the person is an admin through <c>Coaching:Admins</c>.</summary>
    public bool IsConfiguredAdmin(string? aadObjectId) =>
        AadObjectIds.TryNormalize(aadObjectId, out var id) && _configuredAdmins.Contains(id);

    /// <summary>Everything the person holds now.</summary>
    public async Task<EffectiveRoles> GetRolesAsync(string? aadObjectId, CancellationToken cancellationToken)
    {
        if (!AadObjectIds.TryNormalize(aadObjectId, out var id))
        {
            return EffectiveRoles.TeacherOnly(aadObjectId);
        }

        var entry = await _store.FindAsync(id, cancellationToken);
        var granted = entry is null ? new HashSet<CoachingRole>() : entry.Grants.Select(grant => grant.Role).ToHashSet();
        return new EffectiveRoles(id, granted, _configuredAdmins.Contains(id));
    }

    /// <summary>True when the person may do what <paramref name="required"/> allows.</summary>
    public async Task<bool> IsAllowedAsync(string? aadObjectId, CoachingRole required, CancellationToken cancellationToken)
    {
        if (required == CoachingRole.Teacher)
        {
            return true;
        }

        return (await GetRolesAsync(aadObjectId, cancellationToken)).Has(required);
    }

    /// <summary>Checks a command's requirement; a denial carries the text to show.</summary>
    public async Task<RoleCheckResult> CheckAsync(string? aadObjectId, RoleRequirement requirement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requirement);
        return await IsAllowedAsync(aadObjectId, requirement.Role, cancellationToken)
            ? RoleCheckResult.Allow
            : RoleCheckResult.Deny(requirement.DenialMessage);
    }
}
