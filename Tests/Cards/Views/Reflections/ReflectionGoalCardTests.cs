using CoachBot.Cards.Model;
using CoachBot.Cards.Model.Inputs;
using CoachBot.Cards.Views.Reflections;
using CoachBot.Cards.Views.Roles;
using CoachBot.Tests.Cards.Harness;

namespace CoachBot.Tests.Cards.Views.Reflections;

/// <summary>The reflections' cards with goals: the form's goal picker, the link on a confirmation card, the digest's note.</summary>
public sealed class ReflectionGoalCardTests
{
    private const string InstanceId = "refl-0002";

    private static readonly ReflectionRoleOption[] Roles = [new(TopicIds.Mentor, "Mentor"), new(TopicIds.LearningFacilitator, "Learning Facilitator")];

    private static readonly ReflectionGoalOption[] Goals = [new(12, "#12 Run parent workshops"), new(14, "#14 Launch the staff resource library")];

    private static readonly ReflectionCardItem Item = new(
        42, false, "held the second parent workshop, 12 families came", ["Learning Facilitator"], true, null, null, 45, "Mon, November 30 at 3:00 PM");

    [Fact]
    public void Form_WithGoals_HasAPickerAfterTheRoles_NoGoalFirst_AndTheLinkedGoalPreselected()
    {
        var card = ReflectionFormCard.Create(new ReflectionFormModel(42, "a workshop", [], null, null, null, false, Roles, Goals, 14), InstanceId);

        CardHarness.AssertValid(card);
        var inputs = CardTree.Inputs(card.Card).ToList();
        Assert.Equal(["text", "roles", "goal", "diverted", "wentWell", "nextStep", "minutes"], inputs.Select(input => input.Id));
        var picker = Assert.IsType<ChoiceSetInput>(inputs[2]);
        Assert.False(picker.IsMultiSelect ?? false);
        Assert.Equal(["none", "12", "14"], picker.Choices!.Select(choice => choice.Value));
        Assert.Equal(["No goal", "#12 Run parent workshops", "#14 Launch the staff resource library"], picker.Choices!.Select(choice => choice.Title));
        Assert.Equal("14", picker.Value);
        GoldenFile.AssertMatches("reflection.form.goals", card);
    }

    [Theory]
    [InlineData(null, "none")]
    [InlineData(99L, "none")]    // a goal no longer offered is not preselected
    [InlineData(12L, "12")]
    public void Form_PreselectsOnlyAGoalItOffers(long? linked, string value)
    {
        var card = ReflectionFormCard.Create(new ReflectionFormModel(null, null, [], null, null, null, false, Roles, Goals, linked), InstanceId);

        CardHarness.AssertValid(card);
        Assert.Equal(value, Assert.IsType<ChoiceSetInput>(CardTree.Inputs(card.Card).Single(input => input.Id == "goal")).Value);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public void Form_WithoutGoals_OrOfDivertedTime_HasNoPicker(bool withGoals, bool diverted)
    {
        var card = ReflectionFormCard.Create(new ReflectionFormModel(null, null, [], null, null, null, diverted, Roles, withGoals ? Goals : []), InstanceId);

        CardHarness.AssertValid(card);
        Assert.DoesNotContain(CardTree.Inputs(card.Card), input => input.Id == "goal");
    }

    [Fact]
    public void Saved_WithASuggestedGoal_OffersTheLinkFirst_AndTheSummaryNamesNeitherWordsNorGoal()
    {
        var card = ReflectionSavedCard.Create(Item, updated: false, InstanceId, new ReflectionGoalLink(12, "Run parent workshops", IsSuggestion: true));

        CardHarness.AssertValid(card);
        Assert.Contains("Goal: not linked \u2014 this sounds like your goal #12 Run parent workshops", CardInspection.AllText(card), StringComparison.Ordinal);
        Assert.Equal(["Link to goal #12: Run parent workshops", "Edit", "Undo"], CardInspection.Buttons(card).Select(button => button.Title));
        Assert.Equal(
            new ReflectionLinkGoalPayload(42, 12),
            CardInspection.Payload<ReflectionLinkGoalPayload>(card, CardInspection.Button(card, "Link to goal #12: Run parent workshops")));
        Assert.DoesNotContain("workshop", card.Summary, StringComparison.OrdinalIgnoreCase);
        GoldenFile.AssertMatches("reflection.saved.suggestion", card);
    }

    [Fact]
    public void Saved_WithALinkedGoal_ShowsIt_WithoutALinkButton()
    {
        var card = ReflectionSavedCard.Create(Item, updated: true, InstanceId, new ReflectionGoalLink(12, "Run **parent** workshops"));

        CardHarness.AssertValid(card);
        Assert.Contains("Goal: #12 Run **parent** workshops", CardInspection.AllText(card), StringComparison.Ordinal);
        Assert.Equal(["Edit", "Undo"], CardInspection.Buttons(card).Select(button => button.Title));
    }

    [Fact]
    public void Saved_ALongGoalTitle_IsShortenedOnTheButtonOnly()
    {
        var title = string.Concat(Enumerable.Repeat("workshops ", 20)).Trim();

        var card = ReflectionSavedCard.Create(Item, updated: false, InstanceId, new ReflectionGoalLink(12, title, IsSuggestion: true));

        CardHarness.AssertValid(card);
        Assert.Contains(title, CardInspection.AllText(card), StringComparison.Ordinal);
        var button = Assert.Single(CardInspection.Buttons(card), button => button.Title!.StartsWith("Link to goal #12: ", StringComparison.Ordinal));
        Assert.EndsWith("\u2026", button.Title, StringComparison.Ordinal);
        Assert.True(button.Title!.Length <= "Link to goal #12: ".Length + ReflectionSavedCard.ButtonGoalTitleLength);
    }

    [Fact]
    public void Saved_DivertedTime_ShowsNoGoal()
    {
        var card = ReflectionSavedCard.Create(Item with { IsDiverted = true, RoleTitles = [] }, updated: false, InstanceId, new ReflectionGoalLink(12, "Run parent workshops", IsSuggestion: true));

        CardHarness.AssertValid(card);
        Assert.DoesNotContain("goal", CardInspection.AllText(card), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(["Edit", "Undo"], CardInspection.Buttons(card).Select(button => button.Title));
    }

    [Fact]
    public void Digest_GoalNotes_NameTheGoalsAsPlainText()
    {
        var model = new ReflectionDigestCardModel(
            "Mon, November 2 \u2013 Sun, November 8", false, "2026\u201327", false,
            new ReflectionDigestTotals(1, 60, 0, 0, 0, 0), new ReflectionDigestTotals(9, 300, 0, 0, 0, 0),
            [new ReflectionDigestRoleRow("Learning Facilitator", 1, 60, 9, 300, 1.0)], [], 3, false, [],
            [
                new ReflectionDigestGoalNote("Mentor", [new ReflectionDigestGoal(12, "Coach the *new* teachers")], 6),
                new ReflectionDigestGoalNote("Data Coach", [new ReflectionDigestGoal(3, "A"), new ReflectionDigestGoal(4, "B"), new ReflectionDigestGoal(5, "C")], 6),
            ]);

        var card = ReflectionDigestCard.Create(model, InstanceId);

        CardHarness.AssertValid(card);
        var text = CardInspection.AllText(card);
        Assert.Contains(
            "Mentor has had no reflection for 6 school weeks (breaks not counted), yet your goal #12 \u201cCoach the *new* teachers\u201d counts for that role.",
            text, StringComparison.Ordinal);
        Assert.Contains("yet your goals #3 \u201cA\u201d, #4 \u201cB\u201d and #5 \u201cC\u201d count for that role.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Coach the", card.Summary, StringComparison.Ordinal);
    }
}
