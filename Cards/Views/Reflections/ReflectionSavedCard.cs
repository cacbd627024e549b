using System.Globalization;
using CoachBot.Cards.Model;
using CoachBot.Cards.Model.Elements;
using CoachBot.Cards.Text;

namespace CoachBot.Cards.Views.Reflections;

/// <summary>
/// What was just saved (or changed), with Edit (the form in place of this card) and Undo. The summary — what a
/// notification shows, e.g. on a locked phone — never holds the coach's words.
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
        var lines = new List<CardElement>
        {
            CardLayout.Heading(heading),
            Line(item.IsDiverted ? "What took your time: " : "What happened: ", item.Text),
        };
        if (!item.IsDiverted)
        {
            lines.Add(Line("Roles: ", Roles(item)));
        }

        if (!string.IsNullOrWhiteSpace(item.WentWell))
        {
            lines.Add(Line("Went well: ", item.WentWell));
        }

        if (!string.IsNullOrWhiteSpace(item.NextStep))
        {
            lines.Add(Line("Next step: ", item.NextStep));
        }

        lines.Add(Line("Minutes: ", minutes));
        lines.Add(Line("When: ", item.When));
        lines.Add(CardLayout.Note(item.IsDiverted
            ? "Diverted time is kept apart from the ten roles. " + PrivacyNote
            : PrivacyNote));
        return CardLayout.Render(
            Kind,
            instanceId,
            summary,
            lines,
            [
                CardLayout.Button("Edit", new ReflectionEditPayload(item.Id, InPlace: true), instanceId),
                CardLayout.Button("Undo", new ReflectionUndoPayload(item.Id), instanceId),
            ]);
    }

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
