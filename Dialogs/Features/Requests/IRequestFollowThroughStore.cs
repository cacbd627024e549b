using CoachBot.Cards.Views.Requests;

namespace CoachBot.Dialogs.Features.Requests;

/// <summary>The outcome of a conditional change: the request as it is now, and whether this call changed it.</summary>
public sealed record RequestChange(SupportRequest? Request, bool Changed);

/// <summary>
/// What happens to a request after it went out (issue 16): Not mine, reminders and escalation, assignment, giving it back,
/// Done with a note, the teacher's rating, and a coach's queue. Every change is one conditional write, so of two at the
/// same moment exactly one takes effect and the other reads the request as the first left it.
/// </summary>
public interface IRequestFollowThroughStore
{
    /// <summary>Records that <paramref name="recipientAadObjectId"/> passed on the open request; false when it is not open or they passed before.</summary>
    Task<bool> TryPassAsync(string requestId, string recipientAadObjectId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>
    /// Adds (or keeps) the copy of a coach who sees the request in the coaching channel and acts on it there without having
    /// been routed it.
    /// </summary>
    Task EnsureChannelCopyAsync(RequestCopy copy, CancellationToken cancellationToken);

    /// <summary>
    /// Gives back the request <paramref name="coachAadObjectId"/> claimed (not yet done): it is open again in a new round,
    /// to be routed again, and the coach's copy counts as passed.
    /// </summary>
    Task<RequestChange> TryReleaseAsync(string id, string coachAadObjectId, string? coachName, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Claims the open request for <paramref name="coach"/> on behalf of <paramref name="assignedBy"/>.</summary>
    Task<RequestChange> TryAssignAsync(string id, Helper coach, Helper assignedBy, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Marks the request <paramref name="coachAadObjectId"/> claimed as done with their note.</summary>
    Task<RequestChange> TryMarkDoneAsync(string id, string coachAadObjectId, string note, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Records the teacher's rating of their done request, once.</summary>
    Task<RequestChange> TryRateAsync(string id, string teacherAadObjectId, RequestRating rating, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Records that round <paramref name="round"/>'s coaches were reminded; false when it was, or the round is over.</summary>
    Task<bool> MarkRemindedAsync(string id, int round, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Records that round <paramref name="round"/> went to the lead coaches; false when it did, or the request is no longer open in it.</summary>
    Task<bool> MarkEscalatedAsync(string id, int round, Escalation why, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Records that the teacher was told it is done and asked for a rating; false when that was recorded before.</summary>
    Task<bool> MarkDoneToldAsync(string id, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Records that the coach was reminded to finish the claim made at <paramref name="claimedAt"/>; false when they were.</summary>
    Task<bool> MarkDoneRemindedAsync(string id, DateTimeOffset claimedAt, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Records that a copy was brought into round <paramref name="round"/> (sent again, or its coach told it is open again).</summary>
    Task MarkCopyRoundAsync(string requestId, string recipientAadObjectId, int round, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Open requests that went to the coach and that they have not passed on, oldest first.</summary>
    Task<IReadOnlyList<SupportRequest>> ListOpenForAsync(string coachAadObjectId, CancellationToken cancellationToken);

    /// <summary>Requests the coach claimed and has not marked done, oldest first.</summary>
    Task<IReadOnlyList<SupportRequest>> ListClaimedByAsync(string coachAadObjectId, CancellationToken cancellationToken);

    /// <summary>Requests the coach marked done, most recently done first, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<SupportRequest>> ListDoneByAsync(string coachAadObjectId, int max, CancellationToken cancellationToken);
}

/// <summary>A school's coaching channel: request cards for the school are posted there instead of 1:1.</summary>
/// <param name="School">One of <c>School:Schools</c>, or empty when CoachBot serves one school.</param>
/// <param name="ChannelId">The Teams channel id (<c>channelData.channel.id</c>, never a thread's conversation id).</param>
/// <param name="TeamId">The team's id (<c>channelData.team.id</c>).</param>
/// <param name="SetBy">The Entra object id of the admin or lead coach who set it.</param>
public sealed record CoachingChannel(string School, string ChannelId, string? TeamId, string SetBy, DateTimeOffset SetAt);

/// <summary>The coaching channels, one per school at most.</summary>
public interface ICoachingChannelStore
{
    Task<CoachingChannel?> FindAsync(string school, CancellationToken cancellationToken);

    Task<IReadOnlyList<CoachingChannel>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Sets (or replaces) the school's channel.</summary>
    Task SaveAsync(CoachingChannel channel, CancellationToken cancellationToken);

    /// <summary>Removes the school's channel; false when it had none.</summary>
    Task<bool> RemoveAsync(string school, CancellationToken cancellationToken);
}
