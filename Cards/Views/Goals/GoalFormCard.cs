using System.Globalization;
using CoachBot.Cards.Checks;
using CoachBot.Cards.Model;
using CoachBot.Cards.Model.Elements;
using CoachBot.Cards.Model.Inputs;
using CoachBot.Cards.Text;

namespace CoachBot.Cards.Views.Goals;

/// <summary>
/// <c>goals.form</c>: add or edit a goal — its title, what it serves, a measure (a target number and what is counted, or
/// up to ten milestones, one per line) and an optional due date within the school year. The server checks every value
/// again; the card's own checks only save a round trip.
/// </summary>
public static class GoalFormCard
{
    public const string Kind = "goals.form";

    /// <summary>The input ids, which are also the keys of the submitted values.</summary>
    public const string TitleInput = "title";
    public const string ServesInput = "serves";
    public const string TargetInput = "target";
    public const string UnitInput = "unit";
    public const string MilestonesInput = "milestones";
    public const string DueInput = "due";

    public static RenderedCard Create(GoalFormModel model, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(model);
        var items = new List<CardElement> { CardLayout.Heading(model.Heading) };
        if (model.Note is { } note)
        {
            items.Add(CardLayout.Paragraph(note));
        }

        items.Add(new TextInput
        {
            Id = TitleInput,
            Label = "Goal",
            Placeholder = "e.g. Run parent workshops on our learning platform",
            Value = model.Title,
            IsRequired = true,
            MaxLength = 200,
            ErrorMessage = "Write the goal in a few words (up to 200 characters).",
        });
        items.Add(new ChoiceSetInput
        {
            Id = ServesInput,
            Label = "What it serves",
            Style = ChoiceInputStyle.Compact,
            Placeholder = "A role, or one of the article's six added tasks",
            Value = model.Serves,
            IsRequired = true,
            ErrorMessage = "Pick the role or task this goal serves.",
            Choices = [.. model.Choices.Select(choice => new Choice { Title = choice.Title, Value = choice.Id })],
        });
        items.Add(CardLayout.SectionHeading("How you'll measure it"));
        items.Add(CardLayout.Note("A number to reach (and what you count), or milestones, one per line."));
        items.Add(new NumberInput
        {
            Id = TargetInput,
            Label = "Target number",
            Placeholder = "e.g. 6",
            Value = model.Target,
            Min = 1,
            Max = 1000,
            ErrorMessage = "The target is a whole number from 1 to 1,000.",
        });
        items.Add(new TextInput { Id = UnitInput, Label = "What you count", Placeholder = "e.g. parent workshops", Value = model.Unit, MaxLength = 40 });
        items.Add(new TextInput
        {
            Id = MilestonesInput,
            Label = "Or milestones (one per line, up to 10)",
            Placeholder = "e.g. Plan the first workshop",
            Value = model.Milestones,
            IsMultiline = true,
            MaxLength = 1700,
        });
        items.Add(new DateInput
        {
            Id = DueInput,
            Label = "Due date (optional)",
            Value = model.Due,
            Min = model.MinDue,
            Max = model.MaxDue,
            ErrorMessage = string.Create(CultureInfo.InvariantCulture, $"Pick a date from {model.MinDue} to {model.MaxDue}, or leave it empty."),
        });
        return CardLayout.Render(
            Kind,
            instanceId,
            PlainText.Summary(model.Heading, CardLimits.MaxSummaryLength),
            items,
            [CardLayout.Button("Save goal", new GoalFormSavePayload(), instanceId)]);
    }
}
