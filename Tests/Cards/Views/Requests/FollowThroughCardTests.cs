using CoachBot.Cards;
using CoachBot.Cards.Actions;
using CoachBot.Cards.Model;
using CoachBot.Cards.Model.Elements;
using CoachBot.Cards.Model.Inputs;
using CoachBot.Cards.Views.Requests;
using CoachBot.Tests.Cards.Harness;

namespace CoachBot.Tests.Cards.Views.Requests;

/// <summary>The follow-through's cards through the harness, with the longest and oddest texts people can give them.</summary>
public sealed class FollowThroughCardTests
{
    private const string InstanceId = "0190a1b2c3d47000800000000000abcd";

    public static TheoryData<string> Texts => new()
    {
        "We set up Padlet walls together.",
        new string('x', 500),
        string.Concat(Enumerable.Repeat("👩‍🏫 ", 120)),
        "**Bold** [click](https://evil.example) <at>x</at>\n- a list",
    };

    private static RequestCardModel Request(string need = "Help with Padlet") =>
        new("7K3Q9X", "R-7K3Q9X", "Alice Adams", "Lincoln Elementary", "Resource Provider", "This week", "Grade 5", "Tuesday after 2 pm", need, "Monday, November 30, 2026 at 3:00 PM");

    [Theory]
    [MemberData(nameof(Texts))]
    public void EveryFollowThroughCard_PassesTheHarness_AndShowsPeoplesWordsAsPlainText(string text)
    {
        var request = Request(text);
        RenderedCard[] cards =
        [
            Copy(Model(CoachCopyView.Open, request) with { CanPass = true }),
            Copy(Model(CoachCopyView.Open, request) with { InChannel = true, CanPass = true, PassedBy = ["Dave Diaz", text] }),
            Copy(Model(CoachCopyView.Open, request, why: "Nobody has claimed it in 4 school days") with { CanAssign = true, PassedBy = ["Dave Diaz"] }),
            Copy(Model(CoachCopyView.ClaimedByYou, request)),
            Copy(Model(CoachCopyView.ClaimedByOther, request) with { InChannel = true }),
            Copy(Model(CoachCopyView.Passed, request)),
            Copy(Model(CoachCopyView.GaveBack, request)),
            Copy(Model(CoachCopyView.Done, request) with { DoneNote = text }),
            RequestDoneCard.Create(new RequestDoneModel(request, "Bob Brown", text, null), InstanceId),
            RequestDoneCard.Create(new RequestDoneModel(request, "Bob Brown", text, RequestRating.NotHelpful), InstanceId),
            RequestQueueCard.Create(new RequestQueueModel(
                [new QueueItem(request, "asked 3 school days ago", "Open again: Bob Brown gave it back", null)],
                [new QueueItem(request, "asked today, claimed today", "Assigned to you by Erin Evans", null)],
                [new QueueItem(request, "done today", "Rated helpful by the teacher", text)]), InstanceId),
            RequestQueueCard.Create(new RequestQueueModel([], [], []), InstanceId),
            RequestChannelReminderCard.Create(request, "2 school days", [("29:bob", "Bob Brown"), ("dddddddd-0000-4000-8000-000000000004", "Dave <Diaz>")], InstanceId),
            RequestChannelReminderCard.Create(request, "2 school days", [], InstanceId),
            RequestReleaseCard.Create([request, Request("Another")], InstanceId),
        ];

        foreach (var card in cards)
        {
            CardHarness.AssertValid(card);
        }

        Assert.Contains(CardTree.Nodes(cards[7].Card).OfType<TextRun>(), run => run.Text == text);
        Assert.Contains(CardTree.Nodes(cards[8].Card).OfType<TextRun>(), run => run.Text == text);
    }

    [Fact]
    public void AnOpenCopy_HasClaimAndNotMine_TheClaimersCopyHasTheNoteAndDone_AndTheOthersNoButton()
    {
        var open = Copy(Model(CoachCopyView.Open, Request()) with { CanPass = true });
        var mine = Copy(Model(CoachCopyView.ClaimedByYou, Request()));

        Assert.Equal("7K3Q9X", CardInspection.Payload<RequestPassPayload>(open, CardInspection.Button(open, "Not mine")).RequestId);
        Assert.Equal("7K3Q9X", CardInspection.Payload<RequestClaimPayload>(open, CardInspection.Button(open, "Claim")).RequestId);
        Assert.Equal("7K3Q9X", CardInspection.Payload<RequestDonePayload>(mine, CardInspection.Button(mine, "Done")).RequestId);
        var note = Assert.Single(CardTree.Nodes(mine.Card).OfType<TextInput>());
        Assert.Equal((RequestDonePayload.NoteInput, 500, true), (note.Id, note.MaxLength, note.IsRequired));
        Assert.Contains("release R-7K3Q9X", CardInspection.AllText(mine), StringComparison.Ordinal);
        foreach (var view in new[] { CoachCopyView.Passed, CoachCopyView.GaveBack, CoachCopyView.ClaimedByOther, CoachCopyView.Cancelled })
        {
            var card = Copy(Model(view, Request("A secret-ish need")));
            Assert.Empty(CardInspection.Buttons(card));
            Assert.DoesNotContain("A secret-ish need", CardInspection.AllText(card), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TheTeachersDoneCard_AsksOnce_ThenThanksWithoutButtons()
    {
        var asking = RequestDoneCard.Create(new RequestDoneModel(Request(), "Bob Brown", "Done together", null), InstanceId);
        var thanked = RequestDoneCard.Create(new RequestDoneModel(Request(), "Bob Brown", "Done together", RequestRating.Helpful), InstanceId);

        Assert.Equal(RequestRatePayload.Helpful, CardInspection.Payload<RequestRatePayload>(asking, CardInspection.Button(asking, "Helpful")).Rating);
        Assert.Equal(RequestRatePayload.NotHelpful, CardInspection.Payload<RequestRatePayload>(asking, CardInspection.Button(asking, "Not helpful")).Rating);
        Assert.Empty(CardInspection.Buttons(thanked));
        Assert.Contains("Thank you: you said it was helpful. Bob Brown sees your answer in their queue.", CardInspection.AllText(thanked), StringComparison.Ordinal);
    }

    [Fact]
    public void TheQueue_OpensEachRequestWithItsCommand()
    {
        var queue = RequestQueueCard.Create(new RequestQueueModel([new QueueItem(Request(), "asked today", null, null)], [], []), InstanceId);

        Assert.Equal("request R-7K3Q9X", CardInspection.Payload<RunCommandPayload>(queue, CardInspection.Button(queue, "Open R-7K3Q9X")).Command);
    }

    [Fact]
    public void TheChannelReminder_MentionsEachCoach_InItsText()
    {
        var card = RequestChannelReminderCard.Create(Request(), "2 school days", [("29:bob", "Bob Brown"), ("29:dave", "Dave Diaz")], InstanceId);

        Assert.Equal(["29:bob", "29:dave"], card.Card.Teams!.Entities!.Select(mention => mention.Mentioned!.Id));
        Assert.Contains("<at>Bob Brown</at>, <at>Dave Diaz</at>: please press **Claim** or **Not mine**", CardInspection.AllText(card), StringComparison.Ordinal);
    }

    private static CoachRequestModel Model(CoachCopyView view, RequestCardModel request, string? why = null) =>
        new(request, view, "Bob Brown", true, why, []);

    private static RenderedCard Copy(CoachRequestModel model) => CoachRequestCard.Create(model, InstanceId);
}
