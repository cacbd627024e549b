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

/// <summary>What CoachBot says about following requests through: Not mine, reminders, escalation, Done, ratings, the queue, channels.</summary>
public static class FollowThroughTexts
{
    public const int MaxNoteLength = CoachBot.Cards.Views.Requests.CoachRequestCard.MaxDoneNoteLength;

    public const string OnlyLeadsAssign =
        "Only lead coaches and admins can assign a request. If you can help with it yourself, press Claim on its card.";

    public const string OnlyLeadsSetChannel =
        "Only lead coaches and admins can set or clear a coaching channel.";

    public const string WhichRequestToRelease =
        "Which request? Give its id, for example **release R-7K3Q9X**. Type **my queue** to see the requests you've claimed.";

    public const string HowToAssign =
        "To assign a request, give its id and mention the coach, for example **assign R-7K3Q9X @Megan Bowen**.";

    public const string NoteMissing =
        "Please write a short note for the teacher first: what you did or agreed. It goes to them with the news that it's done.";

    public const string ChannelOnlyInATeam =
        "Type **set coaching channel** in the Teams channel where coaches should get requests, after adding CoachBot to that team. It doesn't work in a personal or group chat.";

    public static string NoteTooLong(int length) => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"That note is {length:N0} characters; please keep it to {MaxNoteLength:N0} or fewer. What you typed is still in the card, and nothing was saved.");

    public static string Passed(SupportRequest request) =>
        $"Noted: you passed on request {request.ShownId}. It stays with the other coaches.";

    public static string AlreadyPassed(SupportRequest request) => $"You've already passed on request {request.ShownId}.";

    public static string NotOpenAnyMore(SupportRequest request) => request.Status switch
    {
        RequestStatus.Cancelled => $"The teacher cancelled request {request.ShownId}, so there's nothing to do.",
        RequestStatus.Done => $"Request {request.ShownId} is already done.",
        _ => $"Request {request.ShownId} was already claimed by {request.ClaimedBy?.NameForReplies ?? "another coach"}.",
    };

    public static string PassOnEscalation(SupportRequest request) =>
        $"Request {request.ShownId} now comes to you as a lead coach: claim it, or give it to a coach with **assign {request.ShownId} @Name**.";

    public static string NotYours(SupportRequest request) =>
        $"Request {request.ShownId} is claimed by {request.ClaimedBy?.NameForReplies ?? "another coach"}; only they can mark it done or give it back.";

    public static string AlreadyDone(SupportRequest request) => $"You already marked request {request.ShownId} done.";

    public static string MarkedDone(SupportRequest request) =>
        $"Marked request {request.ShownId} done. {request.TeacherNameForReplies} is being told and asked whether it helped.";

    public static string NotDoneYet(SupportRequest request) =>
        $"Request {request.ShownId} isn't marked done yet, so there's nothing to rate.";

    public static string AlreadyRated(SupportRequest request) =>
        $"You've already rated request {request.ShownId} ({(request.Rating == CoachBot.Cards.Views.Requests.RequestRating.Helpful ? "helpful" : "not helpful")}). Thank you!";

    public static string Rated(SupportRequest request) =>
        $"Thank you: you said request {request.ShownId} was {(request.Rating == CoachBot.Cards.Views.Requests.RequestRating.Helpful ? "helpful" : "not helpful")}. {request.ClaimedBy?.NameForReplies ?? "Your coach"} sees your answer.";

    public static string Released(SupportRequest request) =>
        $"You gave request {request.ShownId} back. It goes to the coaches who cover it again, and {request.TeacherNameForReplies} is being told.";

    public static string CannotReleaseDone(SupportRequest request) =>
        $"Request {request.ShownId} is already done, so there's nothing to give back.";

    public static string Assigned(SupportRequest request, string coach) =>
        $"Assigned request {request.ShownId} to {coach}. They get the request with a Done button, and {request.TeacherNameForReplies} is being told who will help.";

    public static string AssigneeNotACoach(string name) =>
        $"{name} isn't a coach or lead coach, so I can't give them a request. An admin can add them first with **add coach @Name**.";

    public static string AssigneeIsTheTeacher(string name) => $"{name} asked for this support, so they can't be assigned it.";

    public static string AssigneeUnreachable(string name) =>
        $"I can't reach {name} in Teams (CoachBot isn't installed for them, or they blocked it), so I didn't assign it. Ask them to open CoachBot once, then try again.";

    public static string ChannelSet(string? school, int nonCoaches, int members)
    {
        var count = nonCoaches.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        var all = members.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        var who = nonCoaches == 0
            ? $"All {all} members of this team are rostered coaches."
            : $"**{count} of the team's {all} members {(nonCoaches == 1 ? "is not a rostered coach" : "are not rostered coaches")}: they would see requests** "
                + "(what teachers ask for, with their names). If that's not right, remove them from the team or type **clear coaching channel**.";
        return $"Done: new requests{(string.IsNullOrEmpty(school) ? "" : $" for {school}")} are now posted in this channel instead of being sent to each coach. "
            + who + " Teachers' forms now say their request is posted in the coaching channel.";
    }

    public static string ChannelSetMembersUnknown(string? school) =>
        $"Done: new requests{(string.IsNullOrEmpty(school) ? "" : $" for {school}")} are now posted in this channel instead of being sent to each coach. "
        + "**I couldn't list the team's members, so check yourself who is in it: everyone in this team would see requests** (what teachers ask for, with their names). "
        + "Teachers' forms now say their request is posted in the coaching channel. To undo it, type **clear coaching channel**.";

    public static string ChannelCleared(IReadOnlyList<string> schools) =>
        $"Done: requests{(schools.Count == 0 || schools.All(string.IsNullOrEmpty) ? "" : $" for {string.Join(", ", schools)}")} go to each coach who covers them, 1:1, again. Cards already posted in the channel still work there.";

    public const string NoChannelToClear = "There's no coaching channel to clear here.";

    public static string ClaimedInChannel(SupportRequest request) =>
        $"{request.ClaimedBy?.NameForReplies ?? "A coach"} claimed request {request.ShownId}. They get the details in a private chat, and the teacher is being told.";
}
