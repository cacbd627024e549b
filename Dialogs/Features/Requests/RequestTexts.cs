using System.Globalization;

namespace CoachBot.Dialogs.Features.Requests;

/// <summary>What CoachBot says about support requests (Markdown for messages; plain for invoke banners, which show none).</summary>
public static class RequestTexts
{
    /// <summary>The longest need a request may have.</summary>
    public const int MaxNeedLength = 2000;

    public const string NeedMissing = "Please say what you need help with. A sentence or two is enough.";

    public const string RoleMissing = "Please choose the kind of support closest to your need.";

    public const string UrgencyMissing = "Please choose how soon you need it.";

    public const string SchoolMissing = "Please choose your school.";

    public const string NoIdentity =
        "I can only pass a request on for someone I know in Teams, and I can't tell who you are here. Please ask from Microsoft Teams.";

    public const string NotACoach =
        "Only coaches and lead coaches can claim a request. If you coach teachers here, ask an admin to add you as a coach.";

    public const string WhichRequest =
        "Which request? Give its id, for example **cancel request R-7K3Q9X**. Type **my requests** to see yours, each with a Cancel button.";

    public static string NeedTooLong(int length) => string.Create(
        CultureInfo.InvariantCulture, $"That's {length:N0} characters; please keep the need to {MaxNeedLength:N0} or fewer. What you typed is still in the form.");

    public static string FieldTooLong(string field, int max) =>
        string.Create(CultureInfo.InvariantCulture, $"Please keep \"{field}\" to {max:N0} characters or fewer.");

    /// <summary>The answer for an id that does not exist and for someone else's request alike, so neither gives anything away.</summary>
    public static string NotFound(string shownId) => $"I couldn't find request {shownId}. Type my requests to see yours.";

    public static string AlreadyClaimedBy(SupportRequest request) =>
        $"Request {request.ShownId} was already claimed by {request.ClaimedBy?.NameForReplies ?? "another coach"}.";

    public static string YouClaimedItAlready(SupportRequest request) => $"You've already claimed request {request.ShownId}.";

    public static string CancelledNothingToClaim(SupportRequest request) =>
        $"The teacher cancelled request {request.ShownId}, so there's nothing to claim.";

    public static string YouClaimed(SupportRequest request) =>
        $"You claimed request {request.ShownId}. {request.TeacherNameForReplies} is being told you'll help; message them in Teams to agree on a time.";

    public static string Cancelled(SupportRequest request) =>
        $"Cancelled request {request.ShownId}. The coaches who got it now see that it's cancelled.";

    public static string AlreadyCancelled(SupportRequest request) => $"Request {request.ShownId} is already cancelled.";

    public static string ClaimedCannotCancel(SupportRequest request) =>
        $"{request.ClaimedBy?.NameForReplies ?? "A coach"} already picked up request {request.ShownId}, so it can't be cancelled here. Message them in Teams if you no longer need it.";

    public static string Submitted(SupportRequest request) =>
        $"Sent: request {request.ShownId}. I'll tell you here who picks it up. To cancel it, type **cancel request {request.ShownId}**.";
}
