using System.Globalization;
using CoachBot.Cards.Model;
using CoachBot.Cards.Model.Elements;
using CoachBot.Cards.Model.Inputs;
using CoachBot.Cards.Text;

namespace CoachBot.Cards.Views.Reflections;

/// <summary>
/// The reflection form: what happened (required), the roles (a multi-select of the ten), "diverted time" instead of
/// roles, what went well, the next step and the minutes, with the reminder to leave out student names and details.
/// With goals to pick from, a goal picker (one of them, or none) follows the roles, except for diverted time. Its Save button is
/// <c>reflection.save</c>; the inputs arrive under the ids below.
/// </summary>
public static class ReflectionFormCard
{
    public const string Kind = "reflection.form";

    public const string TextId = "text";
    public const string RolesId = "roles";
    public const string DivertedId = "diverted";
    public const string WentWellId = "wentWell";
    public const string NextStepId = "nextStep";
    public const string MinutesId = "minutes";
    public const string GoalId = "goal";

    /// <summary>The goal picker's value for "no goal".</summary>
    public const string NoGoal = "none";

    /// <summary>The toggle's value when it is on (anything else is off).</summary>
    public const string DivertedOn = "true";

    public const string Reminder = "Only you can see your reflections. Please leave out student names and details.";

    public static RenderedCard Create(ReflectionFormModel model, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(model);
        var heading = model.Id is not null
            ? model.Diverted ? "Edit diverted time" : "Edit reflection"
            : model.Diverted ? "Log diverted time" : "New reflection";
        var known = model.Roles.Select(role => role.Id).ToHashSet(StringComparer.Ordinal);
        var selected = model.SelectedRoleIds.Where(known.Contains).Distinct(StringComparer.Ordinal).ToList();
        var minutes = model.Minutes is >= ReflectionLimits.MinMinutes and <= ReflectionLimits.MaxMinutes ? model.Minutes : null;
        var range = string.Create(CultureInfo.InvariantCulture, $"{ReflectionLimits.MinMinutes} to {ReflectionLimits.MaxMinutes}");
        return CardLayout.Render(
            Kind,
            instanceId,
            model.Id is not null ? "Edit your reflection" : model.Diverted ? "Log diverted time" : "Log a reflection",
            [
                CardLayout.Heading(heading),
                CardLayout.Note(Reminder),
                new TextInput
                {
                    Id = TextId,
                    Label = model.Diverted && model.Id is null ? "What took your time?" : "What happened?",
                    IsRequired = true,
                    ErrorMessage = "Write what happened (up to 2,000 characters).",
                    IsMultiline = true,
                    MaxLength = ReflectionLimits.MaxTextLength,
                    Placeholder = "e.g. modeled Padlet with the grade 4 team",
                    Value = Limit(model.Text, ReflectionLimits.MaxTextLength),
                },
                new ChoiceSetInput
                {
                    Id = RolesId,
                    Label = "Roles",
                    IsMultiSelect = true,
                    Style = ChoiceInputStyle.Compact,
                    Placeholder = "Pick the roles this was",
                    Wrap = true,
                    Choices = [.. model.Roles.Select(role => new Choice { Title = role.Title, Value = role.Id })],
                    Value = selected.Count == 0 ? null : string.Join(",", selected),
                },
                .. GoalPicker(model),
                new ToggleInput
                {
                    Id = DivertedId,
                    Label = "Diverted time",
                    Title = "Not coaching: sub coverage, duty, tech fixes, testing",
                    ValueOn = DivertedOn,
                    ValueOff = "false",
                    Value = model.Diverted ? DivertedOn : "false",
                    Wrap = true,
                },
                new TextInput
                {
                    Id = WentWellId,
                    Label = "What went well?",
                    IsMultiline = true,
                    MaxLength = ReflectionLimits.MaxNoteLength,
                    Value = Limit(model.WentWell, ReflectionLimits.MaxNoteLength),
                },
                new TextInput
                {
                    Id = NextStepId,
                    Label = "Next step",
                    IsMultiline = true,
                    MaxLength = ReflectionLimits.MaxNoteLength,
                    Value = Limit(model.NextStep, ReflectionLimits.MaxNoteLength),
                },
                new NumberInput
                {
                    Id = MinutesId,
                    Label = "Minutes spent",
                    Min = ReflectionLimits.MinMinutes,
                    Max = ReflectionLimits.MaxMinutes,
                    Placeholder = range,
                    ErrorMessage = $"Minutes from {range}.",
                    Value = minutes,
                },
            ],
            [CardLayout.Button("Save", new ReflectionSavePayload(model.Id), instanceId)]);
    }

    /// <summary>
    /// The goal picker: "No goal" and the coach's goals, the linked one preselected; none without goals, and none on a form
    /// of diverted time (never linked to a goal).
    /// </summary>
    private static IEnumerable<ChoiceSetInput> GoalPicker(ReflectionFormModel model)
    {
        if (model.Diverted || model.Goals is not { Count: > 0 } goals)
        {
            yield break;
        }

        var selected = model.GoalId is { } id && goals.Any(goal => goal.Id == id) ? id.ToString(CultureInfo.InvariantCulture) : NoGoal;
        yield return new ChoiceSetInput
        {
            Id = GoalId,
            Label = "Goal (optional)",
            Style = ChoiceInputStyle.Compact,
            Wrap = true,
            Choices =
            [
                new Choice { Title = "No goal", Value = NoGoal },
                .. goals.Select(goal => new Choice { Title = PlainText.OneLine(goal.Label, 120), Value = goal.Id.ToString(CultureInfo.InvariantCulture) }),
            ],
            Value = selected,
        };
    }

    // Never longer than the input allows, and never cut between the two halves of a surrogate pair.
    private static string? Limit(string? text, int length) =>
        string.IsNullOrEmpty(text) || text.Length <= length ? text : text[..(char.IsHighSurrogate(text[length - 1]) ? length - 1 : length)];
}
