using System.Globalization;
using System.Text.Json;
using CoachBot.Cards.Model;
using CoachBot.Cards.Model.Elements;
using CoachBot.Cards.Text;

namespace CoachBot.Cards.Views.Reflections;

/// <summary>
/// The digest: this school week and the school year so far, the role balance as bars made of card elements (two
/// columns whose widths are the role's share and the rest; no image), every number also as text, the diverted
/// time beside the roles, the streak, and CoachBot's notes.
/// </summary>
public static class ReflectionDigestCard
{
    public const string Kind = "reflection.digest";

    /// <summary>The bar's parts share this many width units.</summary>
    private const int BarUnits = 1000;

    // "type": "Column" is optional in the schema, but the Teams renderer of the Agents Playground adds it to a column
    // that lacks it and fails on the frozen card (the whole chat pane goes blank), so every column says it.
    private static readonly JsonElement ColumnType = JsonDocument.Parse("\"Column\"").RootElement.Clone();

    public static RenderedCard Create(ReflectionDigestCardModel model, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(model);
        var items = new List<CardElement>
        {
            CardLayout.Heading("Your reflection digest"),
            CardLayout.Note($"School year {model.YearLabel}{(model.YearEnded ? " (ended)" : " so far")} \u00b7 this week: {model.WeekLabel}"),
            CardLayout.SectionHeading(model.WeekIsBreak ? "This week (a break week)" : "This school week"),
            CardLayout.Paragraph(Totals(model.Week)),
            CardLayout.SectionHeading(model.YearEnded ? "The school year" : "The school year so far"),
            CardLayout.Paragraph(Totals(model.Year) + DivertedShare(model.Year)),
            CardLayout.Paragraph(Streak(model)),
        };
        if (model.Team is { } team)
        {
            items.Add(CardLayout.Note(Team(team, model.Year)));
        }

        if (model.Roles.Count > 0)
        {
            items.Add(CardLayout.SectionHeading("Role balance this school year"));
            foreach (var row in model.Roles)
            {
                items.AddRange(RoleRow(row));
            }
        }

        if (model.RolesWithoutTime.Count > 0)
        {
            items.Add(CardLayout.Note("Nothing yet this school year: " + string.Join(", ", model.RolesWithoutTime) + "."));
        }

        var goalNotes = model.GoalNotes ?? [];
        if (model.Notes.Count > 0 || goalNotes.Count > 0)
        {
            items.Add(new Container
            {
                Style = ContainerStyle.Emphasis,
                Spacing = Spacing.Medium,
                Items = [.. model.Notes.Select(note => (CardElement)CardLayout.Paragraph(note)), .. goalNotes.Select(GoalNote)],
            });
        }

        items.Add(CardLayout.Note("A reflection with several roles has its minutes split evenly between them. Diverted time is not a role."));
        var summary = string.Create(
            CultureInfo.InvariantCulture,
            $"Your reflection digest: {Count(model.Week.Reflections, "reflection")} this week, {Count(model.Year.Reflections, "reflection")} this school year");
        return CardLayout.Render(Kind, instanceId, summary, items);
    }

    /// <summary>
    /// "Mentor has had no reflection for 6 school weeks (breaks not counted), yet your goal #12 “…” counts for that role." The goal
    /// titles are the coach's own words, so the line is plain text runs, never Markdown.
    /// </summary>
    private static RichTextBlock GoalNote(ReflectionDigestGoalNote note)
    {
        var runs = new List<TextRun?>
        {
            CardLayout.Bold(note.RoleTitle),
            CardLayout.Run(string.Create(
                CultureInfo.InvariantCulture,
                $" has had no reflection for {note.SchoolWeeks} school weeks (breaks not counted), yet your goal{(note.Goals.Count == 1 ? "" : "s")} ")),
        };
        for (var i = 0; i < note.Goals.Count; i++)
        {
            if (i > 0)
            {
                runs.Add(CardLayout.Run(i == note.Goals.Count - 1 ? " and " : ", "));
            }

            var goal = note.Goals[i];
            runs.Add(CardLayout.Run(string.Create(CultureInfo.InvariantCulture, $"#{goal.Id} \u201c{PlainText.OneLine(goal.Title, 120)}\u201d")));
        }

        runs.Add(CardLayout.Run(note.Goals.Count == 1 ? " counts for that role." : " count for that role."));
        return CardLayout.Plain([.. runs]);
    }

    private static IEnumerable<CardElement> RoleRow(ReflectionDigestRoleRow row)
    {
        var percent = Percent(row.YearShare);
        yield return new ColumnSet
        {
            Spacing = Spacing.Medium,
            Columns =
            [
                Typed(new Column { Width = ColumnWidth.Stretch, Items = [new TextBlock { Text = row.Title, Wrap = true, Weight = TextWeight.Bolder }] }),
                Typed(new Column
                {
                    Width = ColumnWidth.Auto,
                    Items = [new TextBlock { Text = $"{Minutes(row.YearMinutes)} \u00b7 {percent}", Wrap = true, HorizontalAlignment = HorizontalAlignment.Right }],
                }),
            ],
        };
        yield return Bar(row.YearShare);
        var median = row.TeamMedianMinutes is { } minutes ? $" \u00b7 team median this school year: {Minutes(minutes)}" : string.Empty;
        yield return CardLayout.Note(string.Create(
            CultureInfo.InvariantCulture,
            $"{Count(row.YearCount, "reflection")} this school year \u00b7 this week: {Count(row.WeekCount, "reflection")}, {Minutes(row.WeekMinutes)}{median}"));
    }

    /// <summary>What the team median is (all coaches who logged time, you among them), or that it waits for enough coaches.</summary>
    private static string Team(ReflectionDigestTeam team, ReflectionDigestTotals year) =>
        team.Coaches is { } coaches && team.DivertedMedianMinutes is { } diverted
            ? string.Create(
                CultureInfo.InvariantCulture,
                $"Team median: the middle of the {coaches:#,0} coaches (all schools, you among them) who logged time this school year, shown beside each role. Diverted time: yours {Minutes(year.DivertedMinutes)}, team median {Minutes(diverted)}.")
            : string.Create(
                CultureInfo.InvariantCulture,
                $"The team median appears here once at least {team.Minimum} coaches have logged time this school year.");

    /// <summary>A bar: a filled column as wide as the share and an empty one for the rest.</summary>
    private static ColumnSet Bar(double share)
    {
        var filled = share <= 0 ? 0 : Math.Clamp((int)Math.Round(share * BarUnits), 1, BarUnits);
        var columns = new List<Column>();
        if (filled > 0)
        {
            columns.Add(Typed(new Column { Width = ColumnWidth.Relative(filled), Style = ContainerStyle.Accent, MinHeight = "10px", Items = [] }));
        }

        if (filled < BarUnits)
        {
            columns.Add(Typed(new Column
            {
                Width = ColumnWidth.Relative(BarUnits - filled),
                Style = ContainerStyle.Emphasis,
                MinHeight = "10px",
                Items = [],
                Spacing = Spacing.None,
            }));
        }

        return new ColumnSet { Spacing = Spacing.Small, Columns = columns };
    }

    private static Column Typed(Column column)
    {
        column.AdditionalProperties = new Dictionary<string, JsonElement> { ["type"] = ColumnType };
        return column;
    }

    private static string Totals(ReflectionDigestTotals totals)
    {
        var parts = new List<string>
        {
            $"**{Count(totals.Reflections, "reflection")}**",
            $"{Minutes(totals.RoleMinutes)} on the roles",
            $"diverted time: {Minutes(totals.DivertedMinutes)}{(totals.DivertedEntries > 0 ? $" ({Count(totals.DivertedEntries, "entry", "entries")})" : string.Empty)}",
        };
        if (totals.Unassigned > 0)
        {
            parts.Add($"{Count(totals.Unassigned, "reflection")} with no role yet ({Minutes(totals.UnassignedMinutes)})");
        }

        return string.Join(" \u00b7 ", parts);
    }

    private static string DivertedShare(ReflectionDigestTotals totals)
    {
        var all = totals.RoleMinutes + totals.UnassignedMinutes + totals.DivertedMinutes;
        return totals.DivertedMinutes > 0 && all > 0
            ? $" \u2014 diverted time is {Percent((double)totals.DivertedMinutes / all)} of all the time you logged."
            : string.Empty;
    }

    private static string Streak(ReflectionDigestCardModel model)
    {
        var weeks = Count(model.Streak, "school week");
        if (model.Streak == 0)
        {
            return "Streak: none yet \u2014 a reflection this school week starts one. (Break weeks never break a streak.)";
        }

        var open = model.StreakOpen ? " Log one this week to keep it going." : string.Empty;
        return $"Streak: **{weeks}** in a row with a reflection (break weeks don't count and don't break it).{open}";
    }

    private static string Count(int n, string one, string? many = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{n:#,0} {(n == 1 ? one : many ?? one + "s")}");

    private static string Minutes(int minutes) => string.Create(CultureInfo.InvariantCulture, $"{minutes:#,0} min");

    private static string Percent(double share) => string.Create(CultureInfo.InvariantCulture, $"{Math.Round(share * 100, MidpointRounding.AwayFromZero):0}%");
}
