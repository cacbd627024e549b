using CoachBot.Cards.Checks;
using CoachBot.Cards.Model;
using CoachBot.Cards.Model.Elements;
using CoachBot.Cards.Model.Inputs;
using CoachBot.Cards.Text;

namespace CoachBot.Cards.Views.Coverage;

/// <summary>What the coverage form shows: whose coverage, the ten roles and the schools, with what is chosen now.</summary>
/// <param name="PersonName">The coach's display name (plain text).</param>
/// <param name="IsSelf">True for <c>my coverage</c>, false when an admin or lead coach sets someone else's.</param>
/// <param name="Schools">The configured schools; with fewer than two nobody chooses (<paramref name="OnlySchool"/> is shown instead, if named).</param>
public sealed record CoverageFormModel(
    string PersonName,
    bool IsSelf,
    IReadOnlyList<NamedChoice> Roles,
    IReadOnlyList<string> ChosenRoles,
    IReadOnlyList<string> Schools,
    IReadOnlyList<string> ChosenSchools,
    string? OnlySchool);

/// <summary>
/// <c>coverage.form</c>: which of the ten roles a coach covers (check boxes) and at which schools (check boxes, when
/// several are configured), saved with <c>coverage.save</c>.
/// </summary>
public static class CoverageFormCard
{
    public const string Kind = "coverage.form";

    public const string RolesInput = "roles";

    public const string SchoolsInput = "schools";

    public static RenderedCard Create(CoverageFormModel model, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(model);
        var name = PlainText.OneLine(string.IsNullOrWhiteSpace(model.PersonName) ? "this coach" : model.PersonName, 100);
        var heading = model.IsSelf ? "Your coverage" : "A coach's coverage";
        var summary = PlainText.Summary(model.IsSelf ? "Your coverage: tick the roles and schools you cover." : $"Coverage of {name}: tick the roles and schools they cover.", CardLimits.MaxSummaryLength);
        var items = new List<CardElement>
        {
            CardLayout.Heading(heading),
        };
        if (!model.IsSelf)
        {
            items.Add(CardLayout.Plain(CardLayout.Run("Coach: "), CardLayout.Bold(name)));
        }

        items.Add(CardLayout.Paragraph("A teacher's request goes to the coaches who cover its role at the teacher's school."));
        items.Add(new ChoiceSetInput
        {
            Id = RolesInput,
            Label = model.IsSelf ? "Roles you cover" : "Roles they cover",
            IsMultiSelect = true,
            Style = ChoiceInputStyle.Expanded,
            Choices = [.. model.Roles.Select(role => new Choice { Title = role.Title, Value = role.Value })],
            Value = model.ChosenRoles.Count == 0 ? null : string.Join(',', model.ChosenRoles),
            Wrap = true,
        });
        if (model.Schools.Count > 1)
        {
            items.Add(new ChoiceSetInput
            {
                Id = SchoolsInput,
                Label = "Schools",
                IsMultiSelect = true,
                Style = ChoiceInputStyle.Expanded,
                Choices = [.. model.Schools.Select(school => new Choice { Title = school, Value = school })],
                Value = model.ChosenSchools.Count == 0 ? null : string.Join(',', model.ChosenSchools),
                Wrap = true,
            });
        }
        else if (!string.IsNullOrWhiteSpace(model.OnlySchool))
        {
            items.Add(CardLayout.Plain(CardLayout.Run("School: "), CardLayout.Bold(model.OnlySchool)));
        }

        return CardLayout.Render(Kind, instanceId, summary, items, [CardLayout.Button("Save coverage", new CoverageSavePayload(), instanceId)]);
    }
}
