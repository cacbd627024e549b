using CoachBot.Cards.Views.Goals;
using CoachBot.Cards.Views.Nudges;
using CoachBot.Tests.Cards.Harness;
using CoachBot.Tests.Cards.Views;

namespace CoachBot.Tests.Nudges;

/// <summary>The nudge cards keep every card rule (harness); the nudge matches its golden file.</summary>
public sealed class NudgeCardViewTests
{
    private const string InstanceId = "nudges-0001";

    private static readonly GoalItemView Workshops = new(
        12, 3, "Run parent workshops on our platform", "Workshops and PD for staff, parents and the community (Learning Facilitator)",
        4 / 6.0, "4 of 6 parent workshops (66%)", "✔ On track — the pace calls for 2 by now", GoalTone.Good,
        LastReflection: "Last linked reflection 5 days ago: “Ran the first workshop with 12 parents”");

    private static readonly GoalItemView Library = new(
        13, 1, "Launch the **resource** library <b>now</b>", "An online library of resources and support documents (Resource Provider)",
        1 / 3.0, "1 of 3 milestones (33%)", "⚠ Behind — the pace calls for 2 milestones by now", GoalTone.Warning,
        Milestones: [new GoalMilestoneView("Pick the platform", true), new GoalMilestoneView("Move the guides", false)]);

    [Fact]
    public void TheNudge_ShowsTheGoals_WhenNudgesCome_AndItsFiveButtons()
    {
        var card = NudgeCard.Create(
            new NudgeCardModel("coach-1", "2026-11-30", "Week 18 of the school year", "Your goals for 2026–27 · 2 active goals",
                [new NudgeGoalView(Workshops, AdvancedThisWeek: true), new NudgeGoalView(Library, AdvancedThisWeek: false)],
                "Nudges come on Mondays at 08:00 (Europe/Oslo time); the next one Monday, December 7, 2026 at 8:00 AM. Change it with **nudge time Friday 14:00**, or type **pause nudges**.",
                new GoalNotice("✔ Snoozed — I'll bring it back Tuesday, December 1, 2026 at 8:00 AM.")),
            InstanceId);

        CardHarness.AssertValid(card);
        var text = CardInspection.AllText(card);
        Assert.Contains(NudgeCard.AdvancedText, text, StringComparison.Ordinal);
        Assert.Contains("No reflection linked to this goal yet.", text, StringComparison.Ordinal);
        Assert.Contains("Launch the **resource** library <b>now</b>", text, StringComparison.Ordinal);
        Assert.Equal(
            ["Log progress", "Reflect now", "Snooze until the next school day", "Skip this week", "Pause nudges"],
            CardInspection.Buttons(card).Select(b => b.Title));
        GoldenFile.AssertMatches("nudges.weekly", card);
    }

    [Fact]
    public void TheProgressForm_PicksAGoalAndAnAmount()
    {
        var card = NudgeProgressFormCard.Create("coach-1", "2026-11-30", "12,13",
            [new NudgeGoalChoice(12, "Run parent workshops on our platform", false), new NudgeGoalChoice(13, "Launch the resource library", true)], InstanceId);

        CardHarness.AssertValid(card);
        Assert.Equal(["Log it", "Back"], CardInspection.Buttons(card).Select(b => b.Title));
    }
}
