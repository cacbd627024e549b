using CoachBot.Cards.Views.Requests;

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

    /// <summary>The coach who claimed it marked it done, with a note for the teacher.</summary>
    Done,
}

/// <summary>Why a request went to the lead coaches (or the admins).</summary>
public enum Escalation
{
    /// <summary>Nobody claimed it within twice <c>Requests:ClaimWithinSchoolDays</c> school days.</summary>
    Unclaimed,

    /// <summary>Every coach it went to pressed Not mine.</summary>
    AllPassed,
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
    /// <summary>The routing round: 1, and one more each time a coach gives it back (<c>release</c>).</summary>
    public int Round { get; init; } = 1;

    /// <summary>When this round's wait for a Claim started (asked, or given back).</summary>
    public DateTimeOffset OpenSince { get; init; }

    /// <summary>When this round's coaches were reminded (after <c>Requests:ClaimWithinSchoolDays</c>), if they were.</summary>
    public DateTimeOffset? RemindedAt { get; init; }

    /// <summary>When this round went to the lead coaches (or admins), if it did, and why.</summary>
    public DateTimeOffset? EscalatedAt { get; init; }

    public Escalation? Escalation { get; init; }

    /// <summary>The lead coach or admin who gave it to its coach with <c>assign</c>, if one did.</summary>
    public Helper? AssignedBy { get; init; }

    /// <summary>The coach who last gave it back, and when.</summary>
    public Helper? ReleasedBy { get; init; }

    public DateTimeOffset? ReleasedAt { get; init; }

    /// <summary>When the coach marked it done, and their note for the teacher (at most 500 characters).</summary>
    public DateTimeOffset? DoneAt { get; init; }

    public string? DoneNote { get; init; }

    /// <summary>When the teacher was told it is done and asked for a rating.</summary>
    public DateTimeOffset? DoneToldAt { get; init; }

    /// <summary>When the coach was reminded that it is claimed and not done (once per claim).</summary>
    public DateTimeOffset? DoneRemindedAt { get; init; }

    /// <summary>The teacher's one-tap answer, once given (never changed after).</summary>
    public RequestRating? Rating { get; init; }

    public DateTimeOffset? RatedAt { get; init; }

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

    /// <summary>Nobody claimed it in time, or every coach passed: they are a lead coach of the school (or an admin).</summary>
    Escalation,

    /// <summary>A lead coach or admin assigned it to them.</summary>
    Assigned,

    /// <summary>The post in the school's coaching channel (the recipient is <see cref="RequestCopy.ChannelRecipient"/>).</summary>
    Channel,
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

    /// <summary>They cover it and see it in the school's coaching channel: no message of their own.</summary>
    InChannel,
}

/// <summary>What a copy shows (so a job knows which copies still need an update).</summary>
public enum CopyView
{
    Open,
    ClaimedByYou,
    ClaimedByOther,
    Cancelled,

    /// <summary>They pressed Not mine.</summary>
    Passed,

    /// <summary>They claimed it and gave it back.</summary>
    GaveBack,

    /// <summary>They claimed it and marked it done.</summary>
    Done,
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
    DateTimeOffset UpdatedAt)
{
    /// <summary>The recipient key of a school's coaching channel post: <c>channel:</c> and the channel id.</summary>
    public const string ChannelPrefix = "channel:";

    /// <summary>When they pressed Not mine (or gave it back), if they did: then they are not reminded, and it is not routed to them again.</summary>
    public DateTimeOffset? PassedAt { get; init; }

    /// <summary>The routing round this copy was last sent or brought up to date for (see <see cref="SupportRequest.Round"/>).</summary>
    public int Round { get; init; } = 1;

    /// <summary>True for the post in a coaching channel (not a person's copy).</summary>
    public bool IsChannel => RecipientAadObjectId.StartsWith(ChannelPrefix, StringComparison.Ordinal);

    /// <summary>The recipient key of the post in channel <paramref name="channelId"/>.</summary>
    public static string ChannelRecipient(string channelId) => ChannelPrefix + channelId;
}
