namespace CoachBot.Dialogs.Features.Requests;

/// <summary>Where a support request stands.</summary>
public enum RequestStatus
{
    /// <summary>Waiting for a coach to claim it.</summary>
    Open,

    /// <summary>A coach claimed it (the first Claim wins).</summary>
    Claimed,

    /// <summary>The teacher cancelled it while it was open.</summary>
    Cancelled,
}

/// <summary>How soon the teacher needs support.</summary>
public enum Urgency
{
    ThisWeek,
    ThisMonth,
    Whenever,
}

/// <summary>The coach who claimed a request: Entra object id, Teams id (for the @mention) and name as seen when claiming.</summary>
public sealed record Helper(string AadObjectId, string? TeamsId, string? Name)
{
    public string NameForReplies => string.IsNullOrWhiteSpace(Name) ? "A coach" : Name.Trim();
}

/// <summary>A request as the teacher's form submitted it (checked: need 1 to 2,000 characters, a requestable role, a school).</summary>
/// <param name="FormCardId">The form card's instance id: saving again with it finds the same request (a re-run turn saves once).</param>
/// <param name="School">One of <c>School:Schools</c>, or empty when CoachBot serves one school.</param>
public sealed record NewRequest(
    string FormCardId,
    string TeacherAadObjectId,
    string? TeacherName,
    string School,
    string RoleId,
    string Need,
    string? ClassOrGrade,
    Urgency Urgency,
    string? PreferredTimes,
    DateTimeOffset CreatedAt);

/// <summary>A teacher's request for coach support, as stored.</summary>
/// <param name="Id">The short id (six characters of <see cref="RequestIds.Alphabet"/>), shown as <c>R-</c> + id.</param>
/// <param name="RoutedAt">When the coaches' copies went out and the teacher was told where; null until then.</param>
/// <param name="TeacherToldAt">When the teacher was told who claimed it; null until then.</param>
public sealed record SupportRequest(
    string Id,
    string FormCardId,
    string TeacherAadObjectId,
    string? TeacherName,
    string School,
    string RoleId,
    string Need,
    string? ClassOrGrade,
    Urgency Urgency,
    string? PreferredTimes,
    RequestStatus Status,
    DateTimeOffset CreatedAt,
    Helper? ClaimedBy,
    DateTimeOffset? ClaimedAt,
    DateTimeOffset? CancelledAt,
    DateTimeOffset? RoutedAt,
    DateTimeOffset? TeacherToldAt)
{
    public string ShownId => RequestIds.Show(Id);

    public string TeacherNameForReplies => string.IsNullOrWhiteSpace(TeacherName) ? "A teacher" : TeacherName.Trim();
}

/// <summary>Why a copy of a request went to someone.</summary>
public enum CopyReason
{
    /// <summary>They cover the request's role at its school.</summary>
    Covers,

    /// <summary>No reachable coach covers it; they are a lead coach of the school.</summary>
    LeadCoach,

    /// <summary>No reachable coach or lead coach; they are an admin.</summary>
    Admin,
}

/// <summary>How sending a copy went.</summary>
public enum CopyDelivery
{
    /// <summary>Delivered; the activity id is known.</summary>
    Sent,

    /// <summary>Teams asked to wait: the outbox delivers it later and then reports its activity id.</summary>
    Queued,

    /// <summary>Teams refused (CoachBot not installed for them, or blocked): 403/404.</summary>
    Unreachable,

    /// <summary>Another failure (logged).</summary>
    Failed,
}

/// <summary>What a copy shows (so a job knows which copies still need an update).</summary>
public enum CopyView
{
    Open,
    ClaimedByYou,
    ClaimedByOther,
    Cancelled,
}

/// <summary>One person's copy of a request: who, why, how it went, and the message to update later.</summary>
/// <param name="CardId">The card instance id of the copy (how the outbox's late delivery is matched to it).</param>
/// <param name="CanClaim">False for an admin who is no coach.</param>
public sealed record RequestCopy(
    string RequestId,
    string RecipientAadObjectId,
    string? RecipientName,
    CopyReason Reason,
    CopyDelivery Delivery,
    string? CardId,
    string? ConversationId,
    string? ActivityId,
    CopyView Shown,
    bool CanClaim,
    DateTimeOffset UpdatedAt);
