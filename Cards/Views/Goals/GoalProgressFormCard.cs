using System.Globalization;
using CoachBot.Cards.Model;
using CoachBot.Cards.Model.Elements;
using CoachBot.Cards.Model.Inputs;

namespace CoachBot.Cards.Views.Goals;

/// <summary>
/// <c>goals.progress</c>: the small form behind Log progress. For a goal with a number: how many to add (a negative
/// number takes a mistake back). For a goal with milestones: the open ones to tick. Without a goal: which goal, and how
/// many.
/// </summary>
public static class GoalProgressFormCard
{
    public const string Kind = "goals.progress";

    public const string AmountInput = "amount";
    public const string MilestonesInput = "milestones";
    public const string GoalInput = "goal";

    public static RenderedCard Create(GoalProgressFormModel model, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(model);
        var items = new List<CardElement> { CardLayout.Heading("Log progress") };
        if (model.Picker is { } picker)
        {
            items.Add(new ChoiceSetInput
            {
                Id = GoalInput,
                Label = "Which goal?",
                Style = ChoiceInputStyle.Compact,
                IsRequired = true,
                ErrorMessage = "Pick a goal.",
                Value = picker.Count == 1 ? picker[0].Id.ToString(CultureInfo.InvariantCulture) : null,
                Choices = [.. picker.Select(goal => new Choice { Title = $"#{goal.Id.ToString(CultureInfo.InvariantCulture)} {goal.Title}", Value = goal.Id.ToString(CultureInfo.InvariantCulture) })],
            });
            items.Add(AmountField(model.Amount, "How many more? (a goal with milestones: pick it, then tick them)"));
        }
        else
        {
            items.Add(CardLayout.Plain(CardLayout.Bold(model.GoalTitle)));
            if (model.Numbers is { } numbers)
            {
                items.Add(CardLayout.Note(numbers));
            }

            if (model.OpenMilestones is { } open)
            {
                items.Add(new ChoiceSetInput
                {
                    Id = MilestonesInput,
                    Label = "Milestones done",
                    Style = ChoiceInputStyle.Expanded,
                    IsMultiSelect = true,
                    IsRequired = true,
                    ErrorMessage = "Tick at least one milestone.",
                    Choices = [.. open.Select(milestone => new Choice { Title = milestone.Text, Value = milestone.Position.ToString(CultureInfo.InvariantCulture) })],
                });
            }
            else
            {
                items.Add(AmountField(model.Amount, "How many more?"));
            }
        }

        var title = model.GoalTitle is null ? "Log progress" : $"Log progress: {model.GoalTitle}";
        return CardLayout.Render(
            Kind,
            instanceId,
            GoalCardParts.Summary(title),
            items,
            [
                CardLayout.Button(model.Picker is not null ? "Next" : "Log it", new GoalProgressSavePayload(model.GoalId, model.GoalVersion), instanceId),
                CardLayout.Button("Back to my goals", new GoalShowPayload(GoalCardViews.List), instanceId),
            ]);
    }

    private static NumberInput AmountField(int? amount, string label) => new()
    {
        Id = AmountInput,
        Label = label,
        Value = amount ?? 1,
        Min = -1000,
        Max = 1000,
        ErrorMessage = "Type a whole number from -1,000 to 1,000 (negative to take a mistake back).",
    };
}
