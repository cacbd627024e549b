using System.Globalization;
using CoachBot.Cards.Model;
using CoachBot.Cards.Model.Actions;
using CoachBot.Cards.Model.Elements;
using CoachBot.Cards.Text;

namespace CoachBot.Cards.Views.Reflections;

/// <summary>
/// What was just saved (or changed), with Edit (the form in place of this card) and Undo. The summary — what a
/// notification shows, e.g. on a locked phone — never holds the coach's words. Very long words are shortened so the
/// card stays within the size Teams takes (Edit shows them whole).
/// </summary>
public static class ReflectionSavedCard
{
    public const string Kind = "reflection.saved";

    public const string PrivacyNote = "Only you can see your reflections.";

    public static RenderedCard Create(ReflectionCardItem item, bool updated, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(item);
        var what = item.IsDiverted ? "Diverted time" : "Reflection";
        var heading = $"{what} {(updated ? "updated" : "saved")}";
        var minutes = item.Minutes is { } m ? string.Create(CultureInfo.InvariantCulture, $"{m} min") : "not given";
        var summary = PlainText.Summary(
            item.IsDiverted ? $"{heading}: {minutes}, not counted as coaching" : $"{heading}: {minutes}, {Roles(item)}",
            Checks.CardLimits.MaxSummaryLength);
        return CardLayout.FitToSize(
            [item.Text, item.WentWell ?? string.Empty, item.NextStep ?? string.Empty],
            texts => CardLayout.Render(Kind, instanceId, summary, Lines(item, heading, minutes, texts), Buttons(item, instanceId)));
    }

    private static List<CardElement> Lines(ReflectionCardItem item, string heading, string minutes, IReadOnlyList<string> texts)
    {
        var lines = new List<CardElement>
        {
            CardLayout.Heading(heading),
            Line(item.IsDiverted ? "What took your time: " : "What happened: ", texts[0]),
        };
        if (!item.IsDiverted)
        {
            lines.Add(Line("Roles: ", Roles(item)));
        }

        if (!string.IsNullOrWhiteSpace(texts[1]))
        {
            lines.Add(Line("Went well: ", texts[1]));
        }

        if (!string.IsNullOrWhiteSpace(texts[2]))
        {
            lines.Add(Line("Next step: ", texts[2]));
        }

        lines.Add(Line("Minutes: ", minutes));
        lines.Add(Line("When: ", item.When));
        lines.Add(CardLayout.Note(item.IsDiverted
            ? "Diverted time is kept apart from the ten roles. " + PrivacyNote
            : PrivacyNote));
        return lines;
    }

    private static CardAction[] Buttons(ReflectionCardItem item, string instanceId) =>
    [
        CardLayout.Button("Edit", new ReflectionEditPayload(item.Id, InPlace: true), instanceId),
        CardLayout.Button("Undo", new ReflectionUndoPayload(item.Id), instanceId),
    ];

    /// <summary>
    /// The roles as a line: "Mentor, Data Coach", with "(my guess)" when CoachBot chose them; <paramref name="hint"/>
    /// adds how to change them.
    /// </summary>
    public static string Roles(ReflectionCardItem item, bool hint = true)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.RoleTitles.Count == 0)
        {
            return hint ? "none yet (press Edit to pick)" : "no role yet";
        }

        var titles = string.Join(", ", item.RoleTitles);
        return !item.RolesGuessed ? titles : hint ? titles + " (my guess; press Edit to change)" : titles + " (my guess)";
    }

    private static RichTextBlock Line(string label, string value) => CardLayout.Plain(CardLayout.Bold(label), CardLayout.Run(value));
}
