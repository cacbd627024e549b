using System.Text.Json;
using CoachBot.Cards;
using CoachBot.Cards.Model;
using CoachBot.Cards.Model.Elements;
using CoachBot.Cards.Views.Coverage;
using CoachBot.Cards.Views.Requests;
using CoachBot.Tests.Cards.Harness;

namespace CoachBot.Tests.Cards.Views.Requests;

/// <summary>The request and coverage cards through the harness, with the longest and oddest texts a person can give them.</summary>
public sealed class RequestCardTests
{
    private const string InstanceId = "0190a1b2c3d47000800000000000abcd";

    private static readonly NamedChoice[] Roles = [new("role.mentor", "Mentor"), new("role.data-coach", "Data Coach")];

    public static TheoryData<string> Needs => new()
    {
        "Help with Padlet",
        new string('x', 2000),
        string.Concat(Enumerable.Repeat("👩‍🏫 ", 400)),
        "**Bold** [click](https://evil.example) <at>x</at>\n- a list\n- that is not one",
    };

    private static RequestCardModel Request(string need, string teacher = "Alice Adams") =>
        new("7K3Q9X", "R-7K3Q9X", teacher, "Lincoln Elementary", "Resource Provider", "This week", "Grade 5", "Tuesday after 2 pm", need, "Monday, November 30, 2026 at 3:00 PM");

    [Theory]
    [MemberData(nameof(Needs))]
    public void EveryRequestCard_PassesTheHarness_AndShowsTheNeedAsPlainText(string need)
    {
        var request = Request(need);
        RenderedCard[] cards =
        [
            RequestFormCard.Create(new RequestFormModel(need, Roles, "role.mentor", [new("week", "This week")], null, ["Lincoln Elementary", "Washington Middle"], 2000), InstanceId),
            RequestSummaryCard.Create(request, InstanceId),
            CoachRequestCard.Create(new CoachRequestModel(request, CoachCopyView.Open, null, true, "No coach covers Mentor yet.", ["Dave Diaz", "**Eve**"]), InstanceId),
            CoachRequestCard.Create(new CoachRequestModel(request, CoachCopyView.ClaimedByYou, "Bob Brown", true, null, []), InstanceId),
            RequestClaimedCard.Create(request, "Bob Brown", "29:bob", InstanceId),
            RequestClaimedCard.Create(request, "Bob Brown", null, InstanceId),
            RequestListCard.Create([new RequestListItem(request, "Open: waiting for a coach", true)], 3, InstanceId),
        ];

        foreach (var card in cards)
        {
            CardHarness.AssertValid(card);
            if (card.Kind is not RequestFormCard.Kind and not RequestListCard.Kind && need.Length < 1000)
            {
                // User text sits in plain runs (never parsed as Markdown), whole (the list shows it on one line).
                Assert.Contains(CardTree.Nodes(card.Card).OfType<TextRun>(), run => run.Text == need || run.Text == need.Trim());
            }
        }
    }

    [Fact]
    public void ACopyClaimedBySomeoneElse_OrCancelled_ShowsNoNeedAndNoButton()
    {
        foreach (var view in new[] { CoachCopyView.ClaimedByOther, CoachCopyView.Cancelled })
        {
            var card = CoachRequestCard.Create(new CoachRequestModel(Request("A secret-ish need"), view, "Bob Brown", true, null, []), InstanceId);

            CardHarness.AssertValid(card);
            var text = CardInspection.AllText(card);
            Assert.DoesNotContain("A secret-ish need", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Alice Adams", text, StringComparison.Ordinal);
            Assert.Contains("Resource Provider", text, StringComparison.Ordinal);
            Assert.Contains("Lincoln Elementary", text, StringComparison.Ordinal);
            Assert.Contains("This week", text, StringComparison.Ordinal);
            Assert.Empty(CardInspection.Buttons(card));
            Assert.Equal(InstanceId, CoachRequestCard.InstanceIdOf(JsonDocument.Parse(card.Utf8Json.ToArray()).RootElement));
        }
    }

    [Fact]
    public void AnOpenCopy_ClaimsItsRequest_AndCarriesItsInstanceId()
    {
        var card = CoachRequestCard.Create(new CoachRequestModel(Request("Help"), CoachCopyView.Open, null, true, null, []), InstanceId);

        Assert.Equal("7K3Q9X", CardInspection.Payload<RequestClaimPayload>(card, CardInspection.Button(card, "Claim")).RequestId);
        Assert.Equal(InstanceId, CoachRequestCard.InstanceIdOf(JsonDocument.Parse(card.Utf8Json.ToArray()).RootElement));
        Assert.Null(CoachRequestCard.InstanceIdOf(JsonDocument.Parse(RequestSummaryCard.Create(Request("Help"), InstanceId).Utf8Json.ToArray()).RootElement));
    }

    [Fact]
    public void TheClaimedNotice_MentionsTheCoach_WithTheMentionTextInTheCard()
    {
        var card = RequestClaimedCard.Create(Request("Help"), "Zoë <Coach> & Co", "29:zoe", InstanceId);

        CardHarness.AssertValid(card);
        var mention = Assert.Single(card.Card.Teams!.Entities!);
        Assert.Equal("29:zoe", mention.Mentioned!.Id);
        Assert.Contains($"{mention.Text} will help with your request R-7K3Q9X.", CardInspection.AllText(card), StringComparison.Ordinal);
    }

    [Fact]
    public void TheList_ShowsEachRequestInItsOwnBlock_WithCancelOnlyWhenOpen()
    {
        var card = RequestListCard.Create(
            [
                new RequestListItem(Request("First need") with { RequestId = "AAAAAA", Id = "R-AAAAAA" }, "Open: waiting for a coach", true),
                new RequestListItem(Request("Second need") with { RequestId = "BBBBBB", Id = "R-BBBBBB" }, "Claimed by Bob Brown", false),
            ],
            0,
            InstanceId);

        CardHarness.AssertValid(card);
        Assert.Equal("AAAAAA", CardInspection.Payload<RequestCancelPayload>(card, CardInspection.Button(card, "Cancel R-AAAAAA")).RequestId);
        Assert.Single(CardInspection.Buttons(card));
        Assert.Equal(2, CardTree.Nodes(card.Card).OfType<Container>().Count(container => container.Separator == true));
    }

    [Fact]
    public void TheForm_SaysNoStudentDetails_AndOnlyAsksTheSchoolWhenItMust()
    {
        var asked = RequestFormCard.Create(new RequestFormModel(null, Roles, null, [new("week", "This week")], null, ["Lincoln Elementary", "Washington Middle"], 2000), InstanceId);
        var known = RequestFormCard.Create(new RequestFormModel(null, Roles, "role.unknown", [new("week", "This week")], null, null, 2000), InstanceId);

        Assert.Contains("don't include student names or other student details", CardInspection.AllText(asked), StringComparison.Ordinal);
        Assert.Contains(CardTree.Inputs(asked.Card), input => input.Id == RequestFormCard.SchoolInput);
        Assert.DoesNotContain(CardTree.Inputs(known.Card), input => input.Id == RequestFormCard.SchoolInput);
        Assert.Null(CardTree.Inputs(known.Card).OfType<CoachBot.Cards.Model.Inputs.ChoiceSetInput>().Single(input => input.Id == RequestFormCard.RoleInput).Value);
        Assert.Equal(2000, CardTree.Inputs(asked.Card).OfType<CoachBot.Cards.Model.Inputs.TextInput>().Single(input => input.Id == RequestFormCard.NeedInput).MaxLength);
    }

    [Theory]
    [InlineData(true, 0)]
    [InlineData(false, 1)]
    [InlineData(false, 2)]
    public void TheCoverageAndSchoolForms_PassTheHarness(bool self, int schools)
    {
        var names = new[] { "Lincoln Elementary", "Washington Middle" }.Take(schools).ToList();
        var coverage = CoverageFormCard.Create(
            new CoverageFormModel("**Bob** Brown", self, Roles, ["role.mentor"], names, names.Take(1).ToList(), names.Count == 1 ? names[0] : null), InstanceId);
        var school = SchoolFormCard.Create(["Lincoln Elementary", "Washington Middle", "Roosevelt High", "A", "B", "C"], "Roosevelt High", InstanceId);

        CardHarness.AssertValid(coverage);
        CardHarness.AssertValid(school);
        Assert.Equal(schools > 1, CardTree.Inputs(coverage.Card).Any(input => input.Id == CoverageFormCard.SchoolsInput));
    }
}
