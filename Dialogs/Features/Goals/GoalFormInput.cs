using System.Globalization;
using System.Text;
using System.Text.Json;
using CoachBot.Cards.Formatting;
using CoachBot.Cards.Views.Goals;
using CoachBot.Dialogs.School;

namespace CoachBot.Dialogs.Features.Goals;

/// <summary>A goal form's values, read and checked.</summary>
public sealed record GoalFormValues(string Title, string Serves, int? Target, string? Unit, IReadOnlyList<string> Milestones, DateOnly? Due);

/// <summary>
/// Reads the add/edit form's submitted values as Teams sends them (strings, or numbers from some clients; empty inputs
/// left out) and checks each one; the first problem is answered in words the coach can act on.
/// </summary>
public static class GoalFormInput
{
    /// <summary>The values, or the problem with them.</summary>
    /// <param name="data">The submitted data (the card's inputs merged in).</param>
    /// <param name="year">The goal's school year (the due date must fall in it).</param>
    /// <param name="today">The coach's local date (a new due date may not be in the past).</param>
    /// <param name="currentDue">The goal's due date when editing (keeping it is fine even once it has passed).</param>
    public static (GoalFormValues? Values, string? Problem) Read(JsonElement data, SchoolYear year, DateOnly today, DateOnly? currentDue, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(year);
        ArgumentNullException.ThrowIfNull(culture);
        var title = Clean(Text(data, GoalFormCard.TitleInput));
        if (title.Length == 0)
        {
            return (null, "Please write the goal in a few words.");
        }

        if (title.Length > GoalRules.MaxTitleLength)
        {
            return (null, string.Create(CultureInfo.InvariantCulture,
                $"The goal is {title.Length} characters long; please keep it to {GoalRules.MaxTitleLength} or fewer."));
        }

        var serves = Text(data, GoalFormCard.ServesInput)?.Trim();
        if (GoalServes.Find(serves) is null)
        {
            return (null, "Please pick what the goal serves: one of the ten roles, or one of the article's six added tasks.");
        }

        var milestones = (Text(data, GoalFormCard.MilestonesInput) ?? "")
            .Split('\n')
            .Select(line => Clean(line.TrimStart('-', '*', '•', ' ', '\t')))
            .Where(line => line.Length > 0)
            .ToList();
        var targetText = Text(data, GoalFormCard.TargetInput)?.Trim();
        int? target = null;
        if (!string.IsNullOrEmpty(targetText))
        {
            if (!decimal.TryParse(targetText, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) || number != decimal.Truncate(number)
                || number < 1 || number > GoalRules.MaxTarget)
            {
                return (null, string.Create(CultureInfo.InvariantCulture, $"The target is a whole number from 1 to {GoalRules.MaxTarget:N0} (not “{CoachBot.Cards.Text.PlainText.OneLine(targetText, 20)}”)."));
            }

            target = (int)number;
        }

        if (target is not null && milestones.Count > 0)
        {
            return (null, "Measure the goal one way: a target number, or milestones — not both.");
        }

        if (target is null && milestones.Count == 0)
        {
            return (null, "Give the goal a measure: a target number (such as 6), or a few milestones, one per line.");
        }

        if (milestones.Count > GoalRules.MaxMilestones)
        {
            return (null, string.Create(CultureInfo.InvariantCulture, $"Up to {GoalRules.MaxMilestones} milestones, please — you listed {milestones.Count}."));
        }

        if (milestones.FirstOrDefault(m => m.Length > GoalRules.MaxMilestoneLength) is { } tooLong)
        {
            return (null, string.Create(CultureInfo.InvariantCulture,
                $"Keep each milestone to {GoalRules.MaxMilestoneLength} characters (one has {tooLong.Length})."));
        }

        var unit = Clean(Text(data, GoalFormCard.UnitInput));
        if (unit.Length > GoalRules.MaxUnitLength)
        {
            return (null, string.Create(CultureInfo.InvariantCulture, $"Keep “what you count” to {GoalRules.MaxUnitLength} characters."));
        }

        DateOnly? due = null;
        var dueText = Text(data, GoalFormCard.DueInput)?.Trim();
        if (!string.IsNullOrEmpty(dueText))
        {
            if (!DateOnly.TryParseExact(dueText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return (null, "Pick the due date with the date picker, or leave it empty.");
            }

            if (!year.Contains(date))
            {
                return (null, $"The due date must fall within the school year {year.Label} " +
                    $"({DateTimeText.Date(year.Start, culture)} to {DateTimeText.Date(year.End, culture)}).");
            }

            if (date < today && date != currentDue)
            {
                return (null, $"{DateTimeText.Date(date, culture)} has passed; pick today or a later date.");
            }

            due = date;
        }

        return (new GoalFormValues(title, serves!, target, target is null || unit.Length == 0 ? null : unit, milestones, due), null);
    }

    /// <summary>A submitted input as text (strings and numbers; anything else counts as empty).</summary>
    public static string? Text(JsonElement data, string id) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(id, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;

    /// <summary>One line: control characters dropped, runs of white space made one space, trimmed.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (char.IsControl(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format && c != '\u200D')
            {
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
