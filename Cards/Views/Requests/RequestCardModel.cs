namespace CoachBot.Cards.Views.Requests;

/// <summary>A support request as its cards show it. Every field is plain text (never read as Markdown).</summary>
/// <param name="RequestId">The stored id (what buttons carry).</param>
/// <param name="Id">The short id as people read it, e.g. <c>R-7K3Q9X</c>.</param>
/// <param name="School">The teacher's school, or null when CoachBot serves one school (then it is not shown).</param>
/// <param name="Support">The kind of support: the coach role's title, e.g. "Data Coach".</param>
/// <param name="Urgency">"This week", "This month" or "Whenever".</param>
/// <param name="Asked">When it was asked, in the reader's time zone and language.</param>
public sealed record RequestCardModel(
    string RequestId,
    string Id,
    string TeacherName,
    string? School,
    string Support,
    string Urgency,
    string? ClassOrGrade,
    string? PreferredTimes,
    string Need,
    string Asked);

/// <summary>What a coach's copy of a request shows now.</summary>
public enum CoachCopyView
{
    /// <summary>Open: the whole request and Claim.</summary>
    Open,

    /// <summary>This coach claimed it: the whole request, no button.</summary>
    ClaimedByYou,

    /// <summary>Someone else claimed it: role, school and urgency only (the need stays with the claimer).</summary>
    ClaimedByOther,

    /// <summary>The teacher cancelled it: role, school and urgency only.</summary>
    Cancelled,
}

/// <summary>A coach's (or lead coach's, or admin's) copy of a request.</summary>
/// <param name="ClaimedBy">Who claimed it (for <see cref="CoachCopyView.ClaimedByOther"/>).</param>
/// <param name="CanClaim">False for an admin who is no coach (they get the request to find someone, not to claim it).</param>
/// <param name="Why">Why it came to this person when no covering coach could take it (a lead coach or admin), else null.</param>
/// <param name="Unreachable">Coaches who cover it but could not be reached (listed for the lead coaches and admins).</param>
public sealed record CoachRequestModel(
    RequestCardModel Request,
    CoachCopyView View,
    string? ClaimedBy,
    bool CanClaim,
    string? Why,
    IReadOnlyList<string> Unreachable);

/// <summary>One of a teacher's requests in their list.</summary>
/// <param name="Status">"Open: waiting for a coach", "Claimed by Megan Bowen", "Cancelled".</param>
/// <param name="CanCancel">True while it is open.</param>
public sealed record RequestListItem(RequestCardModel Request, string Status, bool CanCancel);
