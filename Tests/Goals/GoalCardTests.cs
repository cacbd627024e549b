using CoachBot.Cards.Model;
using CoachBot.Cards.Model.Elements;
using CoachBot.Cards.Model.Inputs;
using CoachBot.Cards.Views.Goals;
using CoachBot.Dialogs.Features.Goals;
using CoachBot.Tests.Cards.Harness;
using CoachBot.Tests.Cards.Views;

namespace CoachBot.Tests.Goals;

/// <summary>The goals cards keep every card rule (harness), and the list and form match their golden files.</summary>
public sealed class GoalCardTests
{
    private const string InstanceId = "goals-0001";

    private static readonly GoalItemView Workshops = new(
        12, 3, "Run parent workshops on our platform", "Workshops and PD for staff, parents and the community (Learning Facilitator)",
        4 / 6.0, "4 of 6 parent workshops (66%)", "✔ On track — the pace calls for 2 by now", GoalTone.Good, Due: "Due Friday, March 12, 2027",
        LastReflection: "Last linked reflection 5 days ago: “Ran the first workshop with 12 parents”");

    private static readonly GoalItemView Library = new(
        13, 1, "Launch the **resource** library <b>now</b>", "An online library of resources and support documents (Resource Provider)",
        1 / 3.0, "1 of 3 milestones (33%)", "⚠ Behind — the pace calls for 2 milestones by now", GoalTone.Warning,
        Milestones: [new GoalMilestoneView("Pick the platform", true), new GoalMilestoneView("Move the guides", false), new GoalMilestoneView("Train teachers", false)]);

    [Fact]
    public void TheList_ShowsEachGoalWithABarOfElements_TheNumbersInWords_AndItsButtons()
    {
        var card = GoalListCard.Create(
            new GoalListModel("2026–27", "Week 18 of the school year · 2 active goals", [Workshops, Library], [Workshops with { Id = 9, Pace = "✔ Done on Monday, November 2, 2026" }], 1,
                Notice: new GoalNotice("✔ Logged +1 on “Run parent workshops on our platform”: 4 of 6 parent workshops (66%).")),
            InstanceId);

        CardHarness.AssertValid(card);
        var text = CardInspection.AllText(card);
        Assert.Contains("4 of 6 parent workshops (66%)", text, StringComparison.Ordinal);
        Assert.Contains("Launch the **resource** library <b>now</b>", text, StringComparison.Ordinal);
        Assert.Equal(
            ["Log progress", "Mark done", "Edit", "Archive", "Log progress", "Mark done", "Edit", "Archive", "Add a goal"],
            CardInspection.Buttons(card).Select(b => b.Title));
        Assert.Equal(12, CardInspection.Payload<GoalDonePayload>(card, CardInspection.Buttons(card)[1]).GoalId);
        Assert.Empty(CardTree.Nodes(card.Card).OfType<Image>());

        var bars = CardTree.Nodes(card.Card).OfType<ColumnSet>().ToList();
        Assert.Equal(2, bars.Count);
        Assert.Equal([66.0, 34.0], bars[0].Columns!.Select(c => c.Width!.Weight!.Value));
        Assert.Equal([ContainerStyle.Accent, ContainerStyle.Emphasis], bars[0].Columns!.Select(c => c.Style!.Value));
        GoldenFile.AssertMatches("goals.list", card);
    }

    [Theory]
    [InlineData(0.0, new[] { 100.0 })]
    [InlineData(0.001, new[] { 1.0, 99.0 })]
    [InlineData(0.999, new[] { 99.0, 1.0 })]
    [InlineData(1.0, new[] { 100.0 })]
    [InlineData(1.5, new[] { 100.0 })]
    [InlineData(double.NaN, new[] { 100.0 })]
    public void TheBar_AtItsEdges_StaysABarOfWholePercents(double fraction, double[] widths)
    {
        var bar = GoalCardParts.ProgressBar(fraction);

        Assert.Equal(widths, bar.Columns!.Select(c => c.Width!.Weight!.Value));
        Assert.All(bar.Columns!, column => Assert.Equal(GoalCardParts.BarHeight, column.MinHeight));
    }

    [Fact]
    public void TheEmptyList_OffersTheSixTasks_EachAsItsOwnButtonRow()
    {
        var card = GoalListCard.Create(
            new GoalListModel("2026–27", "Week 2 of the school year · 0 active goals", [], [], 0, Suggestions: GoalBoard.Suggestions(), Intro: GoalsTexts.Intro("2026–27")),
            InstanceId);

        CardHarness.AssertValid(card);
        var rows = CardTree.Nodes(card.Card).OfType<ActionSet>().ToList();
        Assert.Equal(6, rows.Count);
        Assert.All(rows, row => Assert.Single(row.Actions!));
        Assert.Equal(GoalServes.Tasks.Select(t => t.Id), rows.Select(row => CardInspection.Payload<GoalAddPayload>(card, (CoachBot.Cards.Model.Actions.ExecuteAction)row.Actions![0]).Serves));
    }

    [Fact]
    public void TheForm_HasLabelledInputs_AndTheDueDateBoundedByTheYear()
    {
        var card = GoalFormCard.Create(
            new GoalFormModel("Add a goal for 2026–27", [.. GoalServes.All.Select(o => new GoalServesChoice(o.Id, o.Title))], "2026-11-30", "2027-07-31",
                Serves: "task.workshops", Note: "Keep it concrete."),
            InstanceId);

        CardHarness.AssertValid(card);
        var inputs = CardTree.Inputs(card.Card).ToList();
        Assert.Equal(["title", "serves", "target", "unit", "milestones", "due"], inputs.Select(i => i.Id));
        Assert.Equal(16, Assert.IsType<ChoiceSetInput>(inputs[1]).Choices!.Count);
        Assert.Equal(("2026-11-30", "2027-07-31"), (Assert.IsType<DateInput>(inputs[5]).Min, ((DateInput)inputs[5]).Max));
        GoldenFile.AssertMatches("goals.form", card);
    }

    [Fact]
    public void TheOtherGoalsCards_KeepTheCardRules()
    {
        var cards = new[]
        {
            GoalCarryOverCard.Create(new GoalCarryOverModel("Unfinished goals from 2025–26", "Carry a goal over into 2026–27.", [Workshops, Library],
                ConfirmGoalId: 12, ConfirmText: GoalsTexts.CarryFocusQuestion(6, "2026–27")), InstanceId),
            GoalCarryOverCard.Create(new GoalCarryOverModel("Unfinished goals from 2025–26", "Carry them over.", [Workshops, Library],
                ConfirmGoalId: 0, ConfirmText: GoalsTexts.CarryFocusQuestion(7, "2026–27")), InstanceId),
            GoalCarryOverCard.Create(new GoalCarryOverModel("Last year's goals", "", [], Notice: new GoalNotice("✔ All decided.")), InstanceId),
            GoalProgressFormCard.Create(new GoalProgressFormModel(12, 3, "Run parent workshops", "4 of 6 parent workshops (66%)"), InstanceId),
            GoalProgressFormCard.Create(new GoalProgressFormModel(13, 1, "Launch **it**", "1 of 3 milestones (33%)", [new GoalMilestoneChoice(1, "Move the guides")]), InstanceId),
            GoalProgressFormCard.Create(new GoalProgressFormModel(null, null, null, null, Picker: [new GoalPickChoice(12, "Run parent workshops")], Amount: 2), InstanceId),
            GoalFocusCard.Create(GoalsTexts.FocusHeading(5), GoalsTexts.FocusQuestion(5, "2026–27"), GoalsTexts.FocusButton(5), InstanceId),
            GoalOfferCard.Create("Set your goals for 2026–27", GoalsTexts.Intro("2026–27"), GoalBoard.Suggestions(), InstanceId),
        };

        foreach (var card in cards)
        {
            CardHarness.AssertValid(card);
        }
    }

    [Fact]
    public void ASummary_WithAGoalsTitle_IsPlainText()
    {
        Assert.Equal("Log progress: Launch * *it* * < /b> now", GoalCardParts.Summary("Log progress: Launch **it** </b> now"));
    }
}
