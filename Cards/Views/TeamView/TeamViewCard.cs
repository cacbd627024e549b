using System.Text.Json;
using CoachBot.Cards.Model;
using CoachBot.Cards.Model.Elements;

namespace CoachBot.Cards.Views.TeamView;

/// <summary>
/// The coaching team's view: requests by kind of support (school year and the last four school weeks), the schools'
/// totals, the team's minutes per role as bars of card elements with the minutes as text, where the time goes against
/// what is asked, and coverage gaps. Only counts and minutes; the figures arrive as text, already suppressed.
/// </summary>
public static class TeamViewCard
{
    public const string Kind = "team.view";

    private const int BarUnits = 1000;

    // Every column says "type": "Column" (the Playground's renderer needs it; see ReflectionDigestCard).
    private static readonly JsonElement ColumnType = JsonDocument.Parse("\"Column\"").RootElement.Clone();

    public static RenderedCard Create(TeamViewCardModel model, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(model);
        var items = new List<CardElement>
        {
            CardLayout.Heading($"The coaching team's view: {model.Scope}"),
            CardLayout.Note(model.Periods),
            CardLayout.SectionHeading("Support requests by kind of support"),
        };

        if (model.Requests.Count == 0)
        {
            items.Add(CardLayout.Paragraph("No support requests this school year."));
        }

        foreach (var row in model.Requests)
        {
            items.Add(new TextBlock { Text = row.Title, Wrap = true, Weight = TextWeight.Bolder, Spacing = Spacing.Medium });
            items.Add(CardLayout.Paragraph("School year: " + Line(row.Year)));
            items.Add(CardLayout.Note("Last 4 school weeks: " + Line(row.Recent)));
        }

        if (model.Schools.Count > 0)
        {
            items.Add(CardLayout.SectionHeading("By school (school year)"));
            foreach (var school in model.Schools)
            {
                items.Add(CardLayout.ListItem($"**{school.School}**: {Counts(school.Year)}"));
            }

            items.Add(CardLayout.Note("Type **team view** and a school's name for its details."));
        }

        items.Add(CardLayout.SectionHeading("The team's time by role (from reflections, all schools)"));
        if (model.Time.Count == 0)
        {
            items.Add(CardLayout.Paragraph("No reflection minutes this school year."));
        }

        foreach (var row in model.Time)
        {
            items.AddRange(TimeRow(row));
        }

        if (model.Concentration is { } concentration)
        {
            items.Add(new Container { Style = ContainerStyle.Emphasis, Spacing = Spacing.Medium, Items = [CardLayout.Paragraph(concentration)] });
        }

        items.Add(CardLayout.SectionHeading("Coverage gaps"));
        if (model.Gaps.Count == 0)
        {
            items.Add(CardLayout.Paragraph("None: every kind of support asked for this school year has a coach who covers it and can be reached."));
        }
        else
        {
            items.Add(CardLayout.Paragraph("Asked for this school year, and no coach who can be reached covers it:"));
            items.AddRange(model.Gaps.Select(gap => CardLayout.ListItem(gap)));
        }

        items.Add(CardLayout.Note(
            $"Only counts and minutes: nobody's words or names. A figure from fewer than {model.MinimumGroupSize} teachers (requests) or " +
            $"coaches (reflections) reads \"fewer than {model.MinimumGroupSize}\", and \"held back\" marks a figure kept back so the others " +
            "can't be added or subtracted to find it. Days to claim are school days (median); the bars compare the roles with each other."));
        return CardLayout.Render(Kind, instanceId, $"The coaching team's view: {model.Scope}", items);
    }

    private static string Line(TeamRequestFigures figures)
    {
        var parts = new List<string> { Counts(figures) };
        if (figures.DaysToClaim is { } days)
        {
            parts.Add($"median school days to claim: {days}");
        }

        if (figures.Helpful is { } helpful)
        {
            parts.Add($"rated helpful: {helpful}");
        }

        parts.Add($"found no covering coach: {figures.NoCoach}");
        return string.Join(" \u00b7 ", parts);
    }

    private static string Counts(TeamRequestFigures figures) =>
        $"made {figures.Made} \u00b7 claimed {figures.Claimed} \u00b7 done {figures.Done} \u00b7 still open {figures.Open}";

    private static IEnumerable<CardElement> TimeRow(TeamTimeRow row)
    {
        yield return new ColumnSet
        {
            Spacing = Spacing.Medium,
            Columns =
            [
                Typed(new Column
                {
                    Width = ColumnWidth.Stretch,
                    Items = [new TextBlock { Text = row.Title, Wrap = true, Weight = TextWeight.Bolder, IsSubtle = row.IsDiverted }],
                }),
                Typed(new Column
                {
                    Width = ColumnWidth.Auto,
                    Items = [new TextBlock { Text = $"{row.YearMinutes} \u00b7 last 4 weeks: {row.RecentMinutes}", Wrap = true, HorizontalAlignment = HorizontalAlignment.Right }],
                }),
            ],
        };
        if (row.Bar is { } share)
        {
            yield return Bar(share, row.IsDiverted);
        }
    }

    private static ColumnSet Bar(double share, bool diverted)
    {
        var filled = share <= 0 ? 0 : Math.Clamp((int)Math.Round(share * BarUnits), 1, BarUnits);
        var columns = new List<Column>();
        if (filled > 0)
        {
            columns.Add(Typed(new Column
            {
                Width = ColumnWidth.Relative(filled),
                Style = diverted ? ContainerStyle.Warning : ContainerStyle.Accent,
                MinHeight = "10px",
                Items = [],
            }));
        }

        if (filled < BarUnits)
        {
            columns.Add(Typed(new Column { Width = ColumnWidth.Relative(BarUnits - filled), Style = ContainerStyle.Emphasis, MinHeight = "10px", Items = [], Spacing = Spacing.None }));
        }

        return new ColumnSet { Spacing = Spacing.Small, Columns = columns };
    }

    private static Column Typed(Column column)
    {
        column.AdditionalProperties = new Dictionary<string, JsonElement> { ["type"] = ColumnType };
        return column;
    }
}
