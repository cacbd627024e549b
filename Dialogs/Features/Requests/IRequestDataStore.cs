namespace CoachBot.Dialogs.Features.Requests;

/// <summary>What <c>delete my requests</c> did: every request of the teacher (their words now deleted), and those it withdrew.</summary>
public sealed record RequestErasure(IReadOnlyList<string> Erased, IReadOnlyList<string> Withdrawn);

/// <summary>
/// A teacher's rights over their own requests, on the requests' tables (implemented in <c>Bot/Requests/</c>).
/// </summary>
public interface IRequestDataStore
{
    /// <summary>
    /// In one write, when <paramref name="teacherAadObjectId"/> has exactly <paramref name="expectedCount"/> requests (what a
    /// confirmation named): withdraws the open ones (cancelled at <paramref name="at"/>, so nobody can claim them) and deletes
    /// what the teacher wrote — the need, class or grade and preferred times — from all of them, overwriting the bytes in the
    /// database file. The kind of support, school, urgency, status, dates and who claimed it stay. Null when the count
    /// differs (nothing changed).
    /// </summary>
    Task<RequestErasure?> EraseAsync(string teacherAadObjectId, int expectedCount, DateTimeOffset at, CancellationToken cancellationToken);
}

/// <summary>How an erased request reads.</summary>
public static class RequestErasures
{
    /// <summary>True when its teacher deleted what they wrote (a need is never empty otherwise: the form requires one).</summary>
    public static bool IsErased(this SupportRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Need.Length == 0;
    }
}
