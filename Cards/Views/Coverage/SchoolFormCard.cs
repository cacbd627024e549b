using CoachBot.Cards.Model;
using CoachBot.Cards.Model.Inputs;

namespace CoachBot.Cards.Views.Coverage;

/// <summary><c>school.form</c>: "Which school do you teach at?", one required choice, saved with <c>school.save</c>.</summary>
public static class SchoolFormCard
{
    public const string Kind = "school.form";

    public const string SchoolInput = "school";

    public static RenderedCard Create(IReadOnlyList<string> schools, string? current, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(schools);
        return CardLayout.Render(
            Kind,
            instanceId,
            "Your school: which school do you teach at?",
            [
                CardLayout.Heading("Your school"),
                CardLayout.Paragraph("Which school do you teach at? Your requests for support go to the coaches of that school."),
                new ChoiceSetInput
                {
                    Id = SchoolInput,
                    Label = "School",
                    IsRequired = true,
                    ErrorMessage = "Choose your school.",
                    Style = schools.Count <= 5 ? ChoiceInputStyle.Expanded : ChoiceInputStyle.Compact,
                    Choices = [.. schools.Select(school => new Choice { Title = school, Value = school })],
                    Value = current is not null && schools.Contains(current) ? current : null,
                    Placeholder = schools.Count <= 5 ? null : "Choose your school",
                    Wrap = true,
                },
            ],
            [CardLayout.Button("Save", new SchoolSavePayload(), instanceId)]);
    }
}
