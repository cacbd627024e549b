using System.Globalization;
using System.Text.Json;
using CoachBot.Cards.Checks;
using CoachBot.Cards.Formatting;
using CoachBot.Cards.Model;
using CoachBot.Cards.Model.Elements;
using CoachBot.Cards.Model.Inputs;
using CoachBot.Cards.Text;

namespace CoachBot.Cards.Views;

/// <summary>
/// A read-only card of label/value lines with no buttons: what a submitted form is replaced with, so it cannot
/// be submitted twice and everyone sees what was sent. Values are shown as plain text (user input is never
/// read as Markdown).
/// </summary>
public static class ReadOnlySummaryCard
{
    public const string Kind = "summary";

    /// <summary>Added to a form's kind to name its read-only replacement, e.g. <c>goal.form.submitted</c>.</summary>
    public const string SubmittedSuffix = ".submitted";

    private const int MaxTitleLength = 200;
    private const int MaxFactTitleLength = 100;
    private const string NotGiven = "(not given)";

    /// <summary>A read-only summary with a title, facts and an optional note (e.g. "Sent to your coach.").</summary>
    public static RenderedCard Create(string title, IReadOnlyList<SummaryFact> facts, string instanceId, string? note = null) =>
        Build(Kind, title, facts, instanceId, note);

    /// <summary>
    /// The read-only replacement of a submitted form: same instance id, kind = the form's kind +
    /// <see cref="SubmittedSuffix"/>, title = the form's heading, one line per input (its label and the value
    /// submitted, shown as the user saw it: choice titles, Yes/No, dates and times in
    /// <paramref name="culture"/>; passwords hidden).
    /// </summary>
    public static RenderedCard FromSubmittedForm(RenderedCard form, JsonElement submittedValues, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(culture);
        var title = CardTree.Elements(form.Card).OfType<TextBlock>().FirstOrDefault(text => text.Style == TextBlockStyle.Heading)?.Text
            ?? "Your answers";
        var facts = CardTree.Inputs(form.Card)
            .Where(input => !string.IsNullOrEmpty(input.Id))
            .Select(input => new SummaryFact(input.Label ?? input.Id!, Display(input, Submitted(submittedValues, input.Id!), culture)))
            .ToList();
        return Build(form.Kind + SubmittedSuffix, title, facts, form.InstanceId, "Submitted.");
    }

    private static RenderedCard Build(string kind, string title, IReadOnlyList<SummaryFact> facts, string instanceId, string? note)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(facts);
        var cleanTitle = string.IsNullOrWhiteSpace(title) ? "Summary" : PlainText.OneLine(title, MaxTitleLength);
        var titles = facts.Select(fact => PlainText.OneLine(fact.Title, MaxFactTitleLength)).ToList();
        var shown = facts.Select(fact => string.IsNullOrWhiteSpace(fact.Value) ? NotGiven : fact.Value).ToList();
        var summary = PlainText.Summary(
            cleanTitle + (facts.Count == 0 ? string.Empty : ": " + string.Join("; ", shown.Select((value, i) => $"{titles[i]}: {value}"))),
            CardLimits.MaxSummaryLength);

        return CardLayout.FitToSize(
            shown,
            values => CardLayout.Render(
                kind,
                instanceId,
                summary,
                [
                    CardLayout.Heading(cleanTitle),
                    .. values.Select((value, i) => (CardElement)CardLayout.Plain(CardLayout.Bold(titles[i] + ": "), CardLayout.Run(value))),
                    .. note is null ? Array.Empty<CardElement>() : [CardLayout.Plain(new TextRun { Text = note, IsSubtle = true, Size = TextSize.Small })],
                ]));
    }

    private static string? Submitted(JsonElement values, string id) =>
        values.ValueKind == JsonValueKind.Object && values.TryGetProperty(id, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
                _ => null,
            }
            : null;

    private static string Display(CardInput input, string? value, CultureInfo culture)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return NotGiven;
        }

        return input switch
        {
            TextInput { Style: TextInputStyle.Password } => "(hidden)",
            ToggleInput toggle => value == (toggle.ValueOn ?? "true") ? "Yes" : "No",
            ChoiceSetInput choices => string.Join(", ", value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(v => choices.Choices?.FirstOrDefault(c => c.Value == v)?.Title ?? v)),
            DateInput when DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) =>
                DateTimeText.Date(date, culture),
            TimeInput when TimeOnly.TryParseExact(value, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) =>
                DateTimeText.Time(time, culture),
            NumberInput when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) =>
                number.ToString(culture),
            _ => value,
        };
    }
}
