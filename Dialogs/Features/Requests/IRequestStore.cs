namespace CoachBot.Dialogs.Features.Requests;

/// <summary>The outcome of a claim: the request as it is now, and whether this claim won it.</summary>
public sealed record ClaimOutcome(SupportRequest? Request, bool Won);

/// <summary>The outcome of a cancel: the request as it is now, and whether this cancel changed it.</summary>
public sealed record CancelOutcome(SupportRequest? Request, bool Cancelled);

/// <summary>
/// Support requests: created once per form, read by id (callers apply the data rules: a teacher sees their own, a coach
/// those routed to them), claimed and cancelled atomically.
/// </summary>
public interface IRequestStore
{
    /// <summary>Saves a new open request with a fresh short id; the same form card saved again returns the first request.</summary>
    Task<SupportRequest> CreateAsync(NewRequest request, CancellationToken cancellationToken);

    Task<SupportRequest?> FindAsync(string id, CancellationToken cancellationToken);

    Task<SupportRequest?> FindByFormCardAsync(string formCardId, CancellationToken cancellationToken);

    /// <summary>The teacher's requests, newest first, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<SupportRequest>> ListByTeacherAsync(string teacherAadObjectId, int max, CancellationToken cancellationToken);

    /// <summary>Claims an open request for <paramref name="coach"/> in one write: of claims at the same moment exactly one wins.</summary>
    Task<ClaimOutcome> TryClaimAsync(string id, Helper coach, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Cancels the request if it is open and its teacher is <paramref name="teacherAadObjectId"/>.</summary>
    Task<CancelOutcome> TryCancelAsync(string id, string teacherAadObjectId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Records that the copies went out and the teacher was told where; false when that was recorded before.</summary>
    Task<bool> MarkRoutedAsync(string id, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Records that the teacher was told who claimed it; false when that was recorded before.</summary>
    Task<bool> MarkTeacherToldAsync(string id, DateTimeOffset at, CancellationToken cancellationToken);
}

/// <summary>The copies of requests sent to coaches (and, as a fallback, lead coaches and admins).</summary>
public interface IRequestCopyStore
{
    Task<IReadOnlyList<RequestCopy>> ListAsync(string requestId, CancellationToken cancellationToken);

    Task<RequestCopy?> FindAsync(string requestId, string recipientAadObjectId, CancellationToken cancellationToken);

    /// <summary>Adds or replaces the copy of (request, recipient).</summary>
    Task SaveAsync(RequestCopy copy, CancellationToken cancellationToken);

    /// <summary>
    /// A copy that waited in the outbox was delivered: records where and its activity id; returns its request id, or null
    /// when the card is no copy.
    /// </summary>
    Task<string?> RecordDeliveredAsync(string cardId, string conversationId, string activityId, CancellationToken cancellationToken);

    /// <summary>Records what the copy shows now.</summary>
    Task MarkShownAsync(string requestId, string recipientAadObjectId, CopyView shown, DateTimeOffset at, CancellationToken cancellationToken);
}
