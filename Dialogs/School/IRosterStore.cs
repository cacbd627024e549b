namespace CoachBot.Dialogs.School;

/// <summary>
/// The stored roster, keyed by Entra (AAD) object id in canonical form (<see cref="AadObjectIds.TryNormalize"/>).
/// It stores grants only: the implicit teacher role and the admins from <c>Coaching:Admins</c> are added by
/// <see cref="RosterPolicy"/>. Role checks and guard rails for people live in <see cref="RosterManager"/>.
/// </summary>
public interface IRosterStore
{
    /// <summary>The person's entry, or null when they were never granted anything.</summary>
    Task<RosterEntry?> FindAsync(string aadObjectId, CancellationToken cancellationToken);

    /// <summary>
    /// Everyone whose grants satisfy <paramref name="role"/> (coach lists lead coaches too; teacher lists everyone
    /// in the roster), ordered by display name.
    /// </summary>
    Task<IReadOnlyList<RosterEntry>> ListAsync(CoachingRole role, CancellationToken cancellationToken);

    /// <summary>Grants a role and records the person's ids and name as seen now. Teacher cannot be granted.</summary>
    Task<RosterWriteResult> GrantAsync(RosterMember member, CoachingRole role, string grantedBy, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>
    /// Revokes a role. With <paramref name="keepOneAdmin"/>, revoking the last stored admin is refused
    /// (<see cref="RosterWriteResult.LastAdmin"/>), checked in the same write transaction.
    /// </summary>
    Task<RosterWriteResult> RevokeAsync(string aadObjectId, CoachingRole role, string revokedBy, DateTimeOffset at, bool keepOneAdmin, CancellationToken cancellationToken);

    /// <summary>Refreshes the Teams id and display name of someone already in the roster; no-op for anyone else.</summary>
    Task RecordSeenAsync(RosterMember member, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Grants and revocations concerning the person, oldest first.</summary>
    Task<IReadOnlyList<RosterChange>> GetHistoryAsync(string aadObjectId, CancellationToken cancellationToken);
}
