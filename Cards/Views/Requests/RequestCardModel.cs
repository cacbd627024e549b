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

    /// <summary>This coach pressed Not mine: role, school and urgency only, no button.</summary>
    Passed,

    /// <summary>This coach claimed it and gave it back (<c>release</c>): role, school and urgency only, no button.</summary>
    GaveBack,

    /// <summary>This coach claimed it and marked it done: the whole request and their note, no button.</summary>
    Done,
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
    IReadOnlyList<string> Unreachable)
{
    /// <summary>Open: Not mine beside Claim (a coach it was routed to; not on an escalation, which asks to find someone).</summary>
    public bool CanPass { get; init; }

    /// <summary>The post in a school's coaching channel, seen by everyone there (never "you" texts).</summary>
    public bool InChannel { get; init; }

    /// <summary>Who pressed Not mine (the channel post lists them, since its buttons are shared).</summary>
    public IReadOnlyList<string> PassedBy { get; init; } = [];

    /// <summary>Open: the reader may also give it to a coach with <c>assign R-… @Name</c> (a lead coach or admin).</summary>
    public bool CanAssign { get; init; }

    /// <summary>Done: the note the coach wrote for the teacher.</summary>
    public string? DoneNote { get; init; }
}

/// <summary>One of a teacher's requests in their list.</summary>
/// <param name="Status">"Open: waiting for a coach", "Claimed by Megan Bowen", "Cancelled".</param>
/// <param name="CanCancel">True while it is open.</param>
public sealed record RequestListItem(RequestCardModel Request, string Status, bool CanCancel);

/// <summary>A teacher's answer to "was it helpful?".</summary>
public enum RequestRating
{
    Helpful,
    NotHelpful,
}

/// <summary>What the teacher is shown when the coach marks their request done.</summary>
/// <param name="Coach">The coach who helped.</param>
/// <param name="Note">What the coach wrote for the teacher (plain text).</param>
/// <param name="Rating">The teacher's answer once given; while null the card asks for it.</param>
public sealed record RequestDoneModel(RequestCardModel Request, string Coach, string Note, RequestRating? Rating);

/// <summary>One request in a coach's queue.</summary>
/// <param name="Age">"asked 3 school days ago", "claimed today".</param>
/// <param name="Detail">The status line ("Waiting since …") or, for done ones, the rating.</param>
/// <param name="Note">Done ones: the coach's note; else null.</param>
public sealed record QueueItem(RequestCardModel Request, string Age, string? Detail, string? Note);

/// <summary>A coach's queue: open requests routed to them, those they claimed (oldest first), and what they finished lately.</summary>
public sealed record RequestQueueModel(IReadOnlyList<QueueItem> Open, IReadOnlyList<QueueItem> Claimed, IReadOnlyList<QueueItem> Done);
