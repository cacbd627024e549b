using System.Globalization;
using CoachBot.Cards.Views.OwnData;

namespace CoachBot.Cards.Views.Requests;

/// <summary>
/// <c>request.delete-all</c>: "Delete your support requests?" (sent by <c>delete my requests</c>), and what it becomes:
/// <c>request.deleted-all</c> (what was deleted and withdrawn) or <c>request.kept-all</c> (nothing changed).
/// </summary>
public static class RequestDeleteAllCard
{
    public const string Kind = "request.delete-all";

    public const string DeletedKind = "request.deleted-all";

    public const string KeptKind = "request.kept-all";

    public const string DeleteButton = "Delete my requests";

    /// <param name="count">The teacher's requests.</param>
    /// <param name="open">How many of them are still open (they are withdrawn).</param>
    public static RenderedCard Create(int count, int open, string instanceId)
    {
        var requests = Requests(count);
        var withdrawn = open == 0
            ? "None of them is open, so there is nothing to withdraw."
            : $"{(open == 1 ? "The open one is" : $"The {open} open ones are")} **withdrawn**: the coaches who got {(open == 1 ? "it" : "them")} see \u201cWithdrawn by the teacher\u201d, and nobody can claim {(open == 1 ? "it" : "them")} any more.";
        return CardLayout.Render(
            Kind,
            instanceId,
            "Delete your support requests?",
            [
                CardLayout.Heading("Delete your support requests?"),
                CardLayout.Paragraph(
                    $"What you wrote in {(count == 1 ? "your request" : $"your {requests}")} \u2014 what you need, the class or grade, the times that suit you \u2014 " +
                    "is deleted for good from CoachBot and from the coaches' copies. It can't be undone."),
                CardLayout.Paragraph(withdrawn),
                CardLayout.Paragraph("The kind of support, school, how soon, status and dates stay, so the coaches' records of their work stay right."),
                CardLayout.Paragraph("For a copy first, press **Keep them** and type **export my requests**."),
                CardLayout.Note("Messages already in this chat stay as Teams shows them. This question works for 10 minutes."),
            ],
            [
                DestructiveButton.From(CardLayout.Button(DeleteButton, new RequestDeleteAllPayload(Confirmed: true, count), instanceId)),
                CardLayout.Button("Keep them", new RequestDeleteAllPayload(Confirmed: false, count), instanceId),
            ]);
    }

    public static RenderedCard Deleted(int count, int withdrawn, string instanceId)
    {
        var text = withdrawn == 0
            ? "Nothing was open, so nothing needed withdrawing."
            : $"{Requests(withdrawn)} {(withdrawn == 1 ? "was" : "were")} still open and {(withdrawn == 1 ? "is" : "are")} now withdrawn; the coaches' copies are being updated.";
        return CardLayout.Render(
            DeletedKind,
            instanceId,
            $"Deleted what you wrote in {Requests(count)}",
            [
                CardLayout.Heading($"Deleted what you wrote in {Requests(count)}"),
                CardLayout.Paragraph(text),
                CardLayout.Paragraph("Type **request support** whenever you need a coach again."),
            ]);
    }

    public static RenderedCard Kept(string instanceId) => CardLayout.Render(
        KeptKind,
        instanceId,
        "Nothing was deleted",
        [
            CardLayout.Heading("Nothing was deleted"),
            CardLayout.Paragraph("Your requests are as they were. Type **export my requests** for a copy of them as a file."),
        ]);

    private static string Requests(int count) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:#,0} {(count == 1 ? "request" : "requests")}");
}
