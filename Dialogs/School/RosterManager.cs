using Microsoft.Extensions.Logging;

namespace CoachBot.Dialogs.School;

/// <summary>
/// Roster changes as admins make them in chat, with the guard rails: only admins change roles; the person must be
/// identified by an @mention (AAD object id), never a typed id; teacher is implicit; admins from
/// <c>Coaching:Admins</c> cannot be removed in chat; the last admin cannot be removed.
/// </summary>
public sealed partial class RosterManager(IRosterStore store, RosterPolicy policy, TimeProvider timeProvider, ILogger<RosterManager> logger)
{
    private static readonly RoleRequirement ManageRoster = new(CoachingRole.Admin);

    /// <summary>Grants <paramref name="role"/> to <paramref name="target"/> on behalf of <paramref name="actorAadObjectId"/>.</summary>
    public async Task<RosterChangeResult> GrantAsync(string? actorAadObjectId, RosterMember target, CoachingRole role, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var check = await CheckChangeAsync(actorAadObjectId, target, role, RosterTexts.EveryoneIsTeacher, cancellationToken);
        if (check.Rejection is { } rejection)
        {
            return rejection;
        }

        var member = check.Target!;
        if (role == CoachingRole.Admin && policy.IsConfiguredAdmin(member.AadObjectId))
        {
            return new RosterChangeResult(RosterChangeStatus.NoChange, RosterTexts.AlreadyConfiguredAdmin(member));
        }

        var result = await store.GrantAsync(member, role, check.Actor!, timeProvider.GetUtcNow(), cancellationToken);
        if (result != RosterWriteResult.Changed)
        {
            return new RosterChangeResult(RosterChangeStatus.NoChange, RosterTexts.AlreadyHeld(member, role));
        }

        Log.Granted(logger, role, member.AadObjectId, check.Actor!);
        return new RosterChangeResult(RosterChangeStatus.Granted, RosterTexts.Granted(member, role));
    }

    /// <summary>
    /// Revokes <paramref name="role"/> from <paramref name="target"/>. Revoking coach also revokes lead coach
    /// (a lead coach is a coach); revoking lead coach leaves a separate coach grant in place.
    /// </summary>
    public async Task<RosterChangeResult> RevokeAsync(string? actorAadObjectId, RosterMember target, CoachingRole role, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var check = await CheckChangeAsync(actorAadObjectId, target, role, RosterTexts.TeacherCannotBeRemoved, cancellationToken);
        if (check.Rejection is { } rejection)
        {
            return rejection;
        }

        var member = check.Target!;
        if (role == CoachingRole.Admin && policy.IsConfiguredAdmin(member.AadObjectId))
        {
            return Reject(RosterTexts.ConfiguredAdminCannotBeRemoved(member));
        }

        var now = timeProvider.GetUtcNow();
        var keepOneAdmin = policy.ConfiguredAdmins.Count == 0;
        var changed = false;
        IReadOnlyList<CoachingRole> roles = role == CoachingRole.Coach ? [CoachingRole.LeadCoach, CoachingRole.Coach] : [role];
        foreach (var revoked in roles)
        {
            var result = await store.RevokeAsync(member.AadObjectId, revoked, check.Actor!, now, keepOneAdmin, cancellationToken);
            if (result == RosterWriteResult.LastAdmin)
            {
                return Reject(RosterTexts.LastAdmin(member));
            }

            if (result == RosterWriteResult.Changed)
            {
                changed = true;
                Log.Revoked(logger, revoked, member.AadObjectId, check.Actor!);
            }
        }

        return changed
            ? new RosterChangeResult(RosterChangeStatus.Revoked, RosterTexts.Revoked(member, role))
            : new RosterChangeResult(RosterChangeStatus.NoChange, RosterTexts.NotHeld(member, role));
    }

    /// <summary>Everyone holding <paramref name="role"/>; for admins this includes those from <c>Coaching:Admins</c>.</summary>
    public async Task<IReadOnlyList<RosterListing>> ListAsync(CoachingRole role, CancellationToken cancellationToken)
    {
        var entries = await store.ListAsync(role, cancellationToken);
        var listings = entries
            .Select(entry => new RosterListing(entry.Member, entry.Grants, policy.IsConfiguredAdmin(entry.Member.AadObjectId)))
            .ToList();
        if (role is CoachingRole.Admin or CoachingRole.Teacher)
        {
            var listed = listings.Select(listing => listing.Member.AadObjectId).ToHashSet(StringComparer.Ordinal);
            foreach (var admin in policy.ConfiguredAdmins.Where(admin => !listed.Contains(admin)).Order(StringComparer.Ordinal))
            {
                var entry = await store.FindAsync(admin, cancellationToken);
                listings.Add(new RosterListing(entry?.Member ?? new RosterMember(admin, null, null), entry?.Grants ?? [], true));
            }
        }

        return listings;
    }

    private async Task<ChangeCheck> CheckChangeAsync(string? actorAadObjectId, RosterMember target, CoachingRole role, string teacherText, CancellationToken cancellationToken)
    {
        var allowed = await policy.CheckAsync(actorAadObjectId, ManageRoster, cancellationToken);
        if (!allowed.Allowed || !AadObjectIds.TryNormalize(actorAadObjectId, out var actor))
        {
            return new ChangeCheck(Reject(allowed.DenialMessage ?? ManageRoster.DenialMessage), null, null);
        }

        if (!Enum.IsDefined(role))
        {
            throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown role.");
        }

        if (role == CoachingRole.Teacher)
        {
            return new ChangeCheck(Reject(teacherText), null, null);
        }

        return AadObjectIds.TryNormalize(target.AadObjectId, out var targetId)
            ? new ChangeCheck(null, actor, target with { AadObjectId = targetId })
            : new ChangeCheck(Reject(RosterTexts.UnknownPerson), null, null);
    }

    private static RosterChangeResult Reject(string message) => new(RosterChangeStatus.Rejected, message);

    private sealed record ChangeCheck(RosterChangeResult? Rejection, string? Actor, RosterMember? Target);

    private static partial class Log
    {
        [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Role {Role} granted to {Target} by {Actor}")]
        public static partial void Granted(ILogger logger, CoachingRole role, string target, string actor);

        [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Role {Role} revoked from {Target} by {Actor}")]
        public static partial void Revoked(ILogger logger, CoachingRole role, string target, string actor);
    }
}
