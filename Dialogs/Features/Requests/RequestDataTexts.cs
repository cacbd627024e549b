using CoachBot.Dialogs.OwnData;

namespace CoachBot.Dialogs.Features.Requests;

/// <summary>What <c>export my requests</c> and <c>delete my requests</c> say (plain text where it answers a button press).</summary>
public static class RequestDataTexts
{
    /// <summary>Shown where a request's need was, once its teacher deleted it.</summary>
    public const string NeedDeleted = "(deleted by the teacher)";

    public const string NothingToDelete = "You have no support requests to delete.";

    public const string NotSent = "This card is out of date, so nothing was deleted. Type delete my requests to start again.";

    public const string AlreadyAnswered = "You already answered this question. Type my requests to see yours.";

    public const string Expired = "This question is more than 10 minutes old, so nothing was deleted. Type delete my requests to start again.";

    public const string PrivateHere = "Your requests are private \u2014 answer this in our personal chat.";

    public static readonly ExportWording Export = new(
        "Your support requests",
        "Your support requests are ready to download",
        count => $"**{ExportReplies.Count(count, "request", "requests")}**, newest first, as a CSV file for Excel, Google Sheets or Numbers: " +
            "what you asked for, its status, who claimed it, and the dates.",
        "You have no support requests to export. Type **request support** when you need a coach.");

    /// <summary>The count changed between the question and the press: nothing was deleted.</summary>
    public static string Changed(int now) =>
        $"Your requests changed since I asked (you have {ExportReplies.Count(now, "request", "requests")} now), so nothing was deleted. Type delete my requests to start again.";
}
