using CoachBot.Dialogs.OwnData;

namespace CoachBot.Dialogs.Features.Reflections;

/// <summary>What <c>export reflections</c> and <c>delete my reflections</c> say (plain text where it answers a button press).</summary>
public static class ReflectionDataTexts
{
    public const string NothingToDelete = "You have no reflections to delete.";

    public const string NotSent = "This card is out of date, so nothing was deleted. Type delete my reflections to start again.";

    public const string AlreadyAnswered = "You already answered this question. Type my reflections to see what you have.";

    public const string Expired = "This question is more than 10 minutes old, so nothing was deleted. Type delete my reflections to start again.";

    public static readonly ExportWording Export = new(
        "Your reflections",
        "Your reflections are ready to download",
        count => $"**{ExportReplies.Count(count, "reflection", "reflections")}** (diverted time included), newest first, as a CSV file for Excel, " +
            "Google Sheets or Numbers: when each was logged, its kind, roles and minutes, and what you wrote.",
        "You have no reflections to export yet. Type **reflect: what you did** to log one.");

    /// <summary>The count changed between the question and the press: nothing was deleted.</summary>
    public static string Changed(int now) =>
        $"Your reflections changed since I asked (you have {ExportReplies.Count(now, "reflection", "reflections")} now), so nothing was deleted. Type delete my reflections to start again.";
}
