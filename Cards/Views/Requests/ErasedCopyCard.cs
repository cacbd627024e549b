using CoachBot.Cards.Checks;
using CoachBot.Cards.Model.Elements;
using CoachBot.Cards.Text;

namespace CoachBot.Cards.Views.Requests;

/// <summary>
/// A coach's copy of a request whose teacher deleted their requests: a <c>request.coach</c> card (the same kind and
/// details container as <see cref="CoachRequestCard"/>, so it is recognised as the copy) that shows only the kind of
/// support, the school and the urgency — never what the teacher wrote. An open request is withdrawn (<c>Withdrawn by the
/// teacher</c>); the coach who claimed one keeps the teacher's name, to agree on the rest in Teams.
/// </summary>
public static class ErasedCopyCard
{
    /// <param name="withdrawn">True when deleting withdrew it (it was open); false when it was cancelled before.</param>
    public static RenderedCard Create(RequestCardModel request, CoachCopyView view, bool withdrawn, string? claimedBy, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (heading, status, summary) = view switch
        {
            CoachCopyView.ClaimedByYou => (
                $"You claimed request {request.Id}",
                $"You claimed this. {request.TeacherName} has since deleted what they wrote in it; message them in Teams if you still need the details.",
                $"{request.TeacherName} deleted what they wrote in request {request.Id}"),
            CoachCopyView.Done => (
                $"You marked request {request.Id} done",
                $"You marked this done. {request.TeacherName} has since deleted what they wrote in it.",
                $"{request.TeacherName} deleted what they wrote in request {request.Id}"),
            CoachCopyView.ClaimedByOther => (
                $"Request {request.Id} claimed",
                $"Claimed by {claimedBy ?? "another coach"}. Nothing to do here.",
                $"Request {request.Id} was claimed by {claimedBy ?? "another coach"}"),
            CoachCopyView.Cancelled when !withdrawn => (
                $"Request {request.Id} cancelled",
                "Cancelled by the teacher. Nothing to do here.",
                $"Request {request.Id} was cancelled by the teacher"),
            _ => (
                $"Request {request.Id} withdrawn",
                "Withdrawn by the teacher, who deleted their requests. Nothing to do here.",
                $"Request {request.Id} was withdrawn by the teacher"),
        };
        return CardLayout.Render(
            CoachRequestCard.Kind,
            instanceId,
            PlainText.Summary(summary, CardLimits.MaxSummaryLength),
            [
                CardLayout.Heading(heading),
                CardLayout.Plain(CardLayout.Run(status)),
                new Container { Id = CoachRequestCard.DetailsIdPrefix + instanceId, Items = [.. RequestParts.Outline(request)] },
            ]);
    }
}
