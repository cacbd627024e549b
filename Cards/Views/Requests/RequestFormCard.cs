using CoachBot.Cards.Checks;
using CoachBot.Cards.Model;
using CoachBot.Cards.Model.Elements;
using CoachBot.Cards.Model.Inputs;
using CoachBot.Cards.Views.Coverage;

namespace CoachBot.Cards.Views.Requests;

/// <summary>What the request form offers and what it starts with.</summary>
/// <param name="Need">The need, prefilled (from the message or the question asked), or null.</param>
/// <param name="Roles">The kinds of support a request can be about (the coach roles), in order.</param>
/// <param name="RoleId">The role preselected (the best guess from the need), or null.</param>
/// <param name="Schools">The schools to choose from when the teacher has not said theirs yet; null when not asked.</param>
/// <param name="MaxNeedLength">The longest need accepted (the form says so, and the dialog checks it).</param>
public sealed record RequestFormModel(
    string? Need,
    IReadOnlyList<NamedChoice> Roles,
    string? RoleId,
    IReadOnlyList<NamedChoice> Urgencies,
    string? Urgency,
    IReadOnlyList<string>? Schools,
    int MaxNeedLength)
{
    /// <summary>The teacher's school has a coaching channel: the request is posted there, not sent to each coach.</summary>
    public bool PostedInChannel { get; init; }

    /// <summary>The school is not chosen yet and some schools have a coaching channel.</summary>
    public bool SomeSchoolsPostInChannel { get; init; }
}

/// <summary>
/// <c>request.form</c>: a teacher's request for coach support — the need (required), class or grade, how soon, preferred
/// times, the kind of support (a coach role, preselected) and, the first time when there are several schools, the
/// teacher's school. It says plainly that no student details belong in it. Sent with <c>request.submit</c>.
/// </summary>
public static class RequestFormCard
{
    public const string Kind = "request.form";

    public const string NeedInput = "need";
    public const string GradeInput = "grade";
    public const string UrgencyInput = "urgency";
    public const string TimesInput = "times";
    public const string RoleInput = "role";
    public const string SchoolInput = "school";

    public const int MaxGradeLength = 100;
    public const int MaxTimesLength = 300;

    /// <summary>The privacy line every request form and summary shows.</summary>
    public const string NoStudentDetails = "⚠ Important: please don't include student names or other student details. Describe the class, the lesson or the tool instead.";

    public static RenderedCard Create(RequestFormModel model, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(model);
        var items = new List<CardElement>
        {
            CardLayout.Heading("Ask a coach for support"),
            CardLayout.Paragraph(model.PostedInChannel
                ? "Tell the coaches what you need. It's posted in the coaching channel of your school, where the coaches who cover this kind of support (and anyone else in that team) can see it, and I'll tell you who picks it up."
                : model.SomeSchoolsPostInChannel
                    ? "Tell the coaches what you need. The coaches who cover this kind of support at your school get it (at a school with a coaching channel, it's posted in that channel), and I'll tell you who picks it up."
                    : "Tell the coaches what you need. The coaches who cover this kind of support at your school get it, and I'll tell you who picks it up."),
            new Container { Style = ContainerStyle.Warning, Items = [CardLayout.Paragraph(NoStudentDetails)] },
            new TextInput
            {
                Id = NeedInput,
                Label = "What do you need help with?",
                IsMultiline = true,
                IsRequired = true,
                MaxLength = model.MaxNeedLength,
                Value = string.IsNullOrWhiteSpace(model.Need) ? null : model.Need.Trim(),
                Placeholder = "For example: I'd like ideas for using Padlet for group feedback",
                ErrorMessage = $"Say what you need help with (up to {model.MaxNeedLength.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} characters).",
            },
            new ChoiceSetInput
            {
                Id = RoleInput,
                Label = "Kind of support",
                IsRequired = true,
                ErrorMessage = "Choose the kind of support closest to your need.",
                Style = ChoiceInputStyle.Compact,
                Choices = [.. model.Roles.Select(role => new Choice { Title = role.Title, Value = role.Value })],
                Value = model.Roles.Any(role => role.Value == model.RoleId) ? model.RoleId : null,
                Placeholder = "Choose one",
                Wrap = true,
            },
            new ChoiceSetInput
            {
                Id = UrgencyInput,
                Label = "How soon?",
                IsRequired = true,
                ErrorMessage = "Choose how soon you need it.",
                Style = ChoiceInputStyle.Expanded,
                Choices = [.. model.Urgencies.Select(urgency => new Choice { Title = urgency.Title, Value = urgency.Value })],
                Value = model.Urgency,
            },
            new TextInput
            {
                Id = GradeInput,
                Label = "Class or grade (optional)",
                MaxLength = MaxGradeLength,
                Placeholder = "For example: Grade 5, Science 8B",
            },
            new TextInput
            {
                Id = TimesInput,
                Label = "Preferred times (optional)",
                MaxLength = MaxTimesLength,
                Placeholder = "For example: Tuesday or Thursday after 2 pm",
            },
        };
        if (model.Schools is { Count: > 0 } schools)
        {
            items.Add(new ChoiceSetInput
            {
                Id = SchoolInput,
                Label = "Your school (I'll remember it)",
                IsRequired = true,
                ErrorMessage = "Choose your school.",
                Style = ChoiceInputStyle.Compact,
                Choices = [.. schools.Select(school => new Choice { Title = school, Value = school })],
                Placeholder = "Choose your school",
                Wrap = true,
            });
        }

        return CardLayout.Render(
            Kind,
            instanceId,
            "Ask a coach for support: fill in the form and press Send request.",
            items,
            [CardLayout.Button("Send request", new RequestFormPayload(), instanceId)]);
    }
}
