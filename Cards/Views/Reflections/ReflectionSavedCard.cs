using System.Globalization;
using CoachBot.Cards.Model;
using CoachBot.Cards.Model.Actions;
using CoachBot.Cards.Model.Elements;
using CoachBot.Cards.Text;

namespace CoachBot.Cards.Views.Reflections;

/// <summary>
/// What was just saved (or changed), with Edit (the form in place of this card) and Undo; the goal it is linked to, or
/// the goal its words matched with "Link to goal #12: …". The summary — what a notification shows, e.g. on a locked
/// phone — never holds the coach's words (nor their goal's title). Very long words are shortened so the
/// card stays within the size Teams takes (Edit shows them whole).
/// </summary>
public static class ReflectionSavedCard
{
    public const string Kind = "reflection.saved";

    public const string PrivacyNote = "Only you can see your reflections.";

    /// <summary>The longest goal title a "Link to goal" button shows (the line above it shows it whole).</summary>
    public const int ButtonGoalTitleLength = 24;

    public static RenderedCard Create(ReflectionCardItem item, bool updated, string instanceId, ReflectionGoalLink? goal = null)
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
            texts => CardLayout.Render(Kind, instanceId, summary, Lines(item, heading, minutes, goal, texts), Buttons(item, goal, instanceId)));
    }

    /// <summary>"Link to goal #12: Run parent workshops" (the title shortened to fit a button).</summary>
    public static string LinkButtonTitle(ReflectionGoalLink goal)
    {
        ArgumentNullException.ThrowIfNull(goal);
        return string.Create(CultureInfo.InvariantCulture, $"Link to goal #{goal.GoalId}: {PlainText.OneLine(goal.Title, ButtonGoalTitleLength)}");
    }

    private static List<CardElement> Lines(ReflectionCardItem item, string heading, string minutes, ReflectionGoalLink? goal, IReadOnlyList<string> texts)
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
        if (goal is not null && !item.IsDiverted)
        {
            var number = string.Create(CultureInfo.InvariantCulture, $"#{goal.GoalId} ");
            lines.Add(goal.IsSuggestion
                ? CardLayout.Plain(CardLayout.Bold("Goal: "), CardLayout.Run("not linked \u2014 this sounds like your goal "), CardLayout.Run(number + goal.Title))
                : CardLayout.Plain(CardLayout.Bold("Goal: "), CardLayout.Run(number + goal.Title)));
        }

        lines.Add(CardLayout.Note(item.IsDiverted
            ? "Diverted time is kept apart from the ten roles. " + PrivacyNote
            : PrivacyNote));
        return lines;
    }

    private static List<CardAction> Buttons(ReflectionCardItem item, ReflectionGoalLink? goal, string instanceId)
    {
        var buttons = new List<CardAction>();
        if (goal is { IsSuggestion: true } && !item.IsDiverted)
        {
            buttons.Add(CardLayout.Button(LinkButtonTitle(goal), new ReflectionLinkGoalPayload(item.Id, goal.GoalId), instanceId));
        }

        buttons.Add(CardLayout.Button("Edit", new ReflectionEditPayload(item.Id, InPlace: true), instanceId));
        buttons.Add(CardLayout.Button("Undo", new ReflectionUndoPayload(item.Id), instanceId));
        return buttons;
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
