using System.Globalization;
using CoachBot.Cards.Checks;
using CoachBot.Cards.Model;
using CoachBot.Cards.Model.Actions;
using CoachBot.Cards.Model.Elements;
using CoachBot.Cards.Model.Inputs;
using CoachBot.Cards.Text;
using CoachBot.Cards.Views.Goals;

namespace CoachBot.Cards.Views.Nudges;

/// <summary>
/// <c>nudges.weekly</c>: the weekly nudge. The week of the school year, each active goal with its progress bar, pace and last
/// linked reflection (and "advanced this week" when progress was logged on it since the week began), when nudges come,
/// and Log progress / Reflect now / Snooze until the next school day / Skip this week / Pause nudges. Every press answers
/// with this card, updated, in place.
/// </summary>
public static class NudgeCard
{
    public const string Kind = "nudges.weekly";

    /// <summary>The line under a goal on which progress was logged this week.</summary>
    public const string AdvancedText = "✔ Advanced this week";

    public static RenderedCard Create(NudgeCardModel model, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(model);
        var items = new List<CardElement>
        {
            CardLayout.Heading(model.Heading),
            CardLayout.Note(model.Subtitle),
        };
        items.AddRange(GoalCardParts.Notice(model.Notice, instanceId));
        if (model.Intro is { } intro)
        {
            items.Add(CardLayout.Paragraph(intro));
        }

        for (var i = 0; i < model.Goals.Count; i++)
        {
            var goal = model.Goals[i];
            var after = new List<CardElement>();
            if (goal.AdvancedThisWeek)
            {
                after.Add(new TextBlock { Text = AdvancedText, Wrap = true, Spacing = Spacing.Small, Color = TextColor.Good });
            }

            if (goal.Goal.LastReflection is null)
            {
                after.Add(CardLayout.Note("No reflection linked to this goal yet."));
            }

            items.Add(GoalCardParts.GoalBlock(goal.Goal, [], separator: i > 0, after));
        }

        if (model.Goals.Count == 0)
        {
            items.Add(CardLayout.Paragraph("You have no active goals right now. Type **add goal** to set one."));
        }

        items.Add(CardLayout.Note(model.Schedule));
        var payload = (model.Coach, model.Week, model.GoalIds);
        var actions = new List<CardAction>();
        if (model.Goals.Count > 0)
        {
            actions.Add(CardLayout.Button("Log progress", new NudgeProgressPayload(payload.Coach, payload.Week, payload.GoalIds), instanceId));
        }

        actions.Add(CardLayout.Button("Reflect now", new NudgeReflectPayload(payload.Coach, payload.Week, payload.GoalIds), instanceId));
        actions.Add(CardLayout.Button("Snooze until the next school day", new NudgeSnoozePayload(payload.Coach, payload.Week, payload.GoalIds), instanceId));
        actions.Add(CardLayout.Button("Skip this week", new NudgeSkipPayload(payload.Coach, payload.Week, payload.GoalIds), instanceId));
        actions.Add(CardLayout.Button("Pause nudges", new NudgePausePayload(payload.Coach, payload.Week, payload.GoalIds), instanceId));
        return CardLayout.Render(Kind, instanceId, Summary(model), items, actions);
    }

    private static string Summary(NudgeCardModel model)
    {
        var behind = model.Goals.Count(goal => goal.Goal.Tone == GoalTone.Warning);
        var text = model.Goals.Count == 0
            ? $"{model.Heading}: no active goals."
            : string.Create(CultureInfo.InvariantCulture, $"{model.Heading}: {model.Goals.Count} active goals, {behind} needing attention.");
        return PlainText.Summary(text, CardLimits.MaxSummaryLength);
    }
}

/// <summary>
/// <c>nudges.progress</c>: the small form behind the nudge's Log progress: which goal, and how many (for a goal with
/// milestones: how many of its next milestones are done). Log it answers with the updated nudge; Back with the nudge.
/// </summary>
public static class NudgeProgressFormCard
{
    public const string Kind = "nudges.progress";

    public const string GoalInput = "goal";
    public const string AmountInput = "amount";

    public static RenderedCard Create(string coach, string week, string goalIds, IReadOnlyList<NudgeGoalChoice> goals, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(goals);
        var items = new List<CardElement>
        {
            CardLayout.Heading("Log progress"),
            new ChoiceSetInput
            {
                Id = GoalInput,
                Label = "Which goal?",
                Style = ChoiceInputStyle.Compact,
                IsRequired = true,
                ErrorMessage = "Pick a goal.",
                Value = goals.Count > 0 ? goals[0].Id.ToString(CultureInfo.InvariantCulture) : null,
                Choices = [.. goals.Select(goal => new Choice
                {
                    Title = $"#{goal.Id.ToString(CultureInfo.InvariantCulture)} {PlainText.OneLine(goal.Title, 80)}",
                    Value = goal.Id.ToString(CultureInfo.InvariantCulture),
                })],
            },
            new NumberInput
            {
                Id = AmountInput,
                Label = "How many more?",
                Value = 1,
                Min = -1000,
                Max = 1000,
                ErrorMessage = "Type a whole number from -1,000 to 1,000 (negative to take a mistake back).",
            },
        };
        if (goals.Any(goal => goal.HasMilestones))
        {
            items.Add(CardLayout.Note("For a goal with milestones, the number is how many of its next milestones are done."));
        }

        return CardLayout.Render(
            Kind,
            instanceId,
            "Log progress on a goal",
            items,
            [
                CardLayout.Button("Log it", new NudgeProgressSavePayload(coach, week, goalIds), instanceId),
                CardLayout.Button("Back", new NudgeBackPayload(coach, week, goalIds), instanceId),
            ]);
    }
}
