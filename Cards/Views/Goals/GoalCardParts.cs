using System.Globalization;
using CoachBot.Cards.Model;
using CoachBot.Cards.Model.Actions;
using CoachBot.Cards.Model.Elements;
using CoachBot.Cards.Text;

namespace CoachBot.Cards.Views.Goals;

/// <summary>The pieces the goals cards share: a goal's block, the progress bar, the notice line.</summary>
public static class GoalCardParts
{
    /// <summary>How tall the progress bar is.</summary>
    public const string BarHeight = "12px";

    /// <summary>
    /// A progress bar of card elements (no image): a row of two coloured columns whose widths are the done and the
    /// remaining parts, as whole percentages, floored like the percentage in words (a sliver of at least 1 % shows that something was done,
    /// and a bar is full only when the goal is).
    /// </summary>
    public static ColumnSet ProgressBar(double fraction, string? id = null)
    {
        var clamped = double.IsNaN(fraction) ? 0 : Math.Clamp(fraction, 0, 1);
        var filled = (int)Math.Floor(clamped * 100);
        if (clamped > 0 && filled == 0)
        {
            filled = 1;
        }
        else if (clamped < 1 && filled == 100)
        {
            filled = 99;
        }

        var columns = new List<Column>();
        if (filled > 0)
        {
            columns.Add(BarPart(filled, ContainerStyle.Accent));
        }

        if (filled < 100)
        {
            // No gap between the done and the remaining part: one bar, not two blocks.
            columns.Add(BarPart(100 - filled, ContainerStyle.Emphasis, filled > 0 ? Spacing.None : null));
        }

        return new ColumnSet { Id = id, Columns = columns, Spacing = Spacing.Small };
    }

    /// <summary>
    /// A one-line plain-text summary that may hold a goal's title: shortened, and with the character pairs the card
    /// rules read as markup (<c>**</c>, <c>__</c>, <c>](</c>, <c>&lt;/</c>, <c>&lt;at&gt;</c>) broken up.
    /// </summary>
    public static string Summary(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var line = PlainText.OneLine(text, Checks.CardLimits.MaxSummaryLength);
        foreach (var markup in new[] { "**", "__", "](", "</", "<at>", "\\n" })
        {
            line = line.Replace(markup, markup[0] + " " + markup[1..], StringComparison.OrdinalIgnoreCase);
        }

        return PlainText.OneLine(line, Checks.CardLimits.MaxSummaryLength);
    }

    /// <summary>
    /// One part of the bar. It says <c>"type": "Column"</c> although the schema makes that optional: the Agents
    /// Playground's renderer (Teams' card renderer) tries to add the missing type to the column it was given, which is
    /// frozen there, and the whole chat stops rendering.
    /// </summary>
    private static Column BarPart(int width, ContainerStyle style, Spacing? spacing = null) => new()
    {
        Spacing = spacing,
        Width = ColumnWidth.Relative(width),
        Style = style,
        MinHeight = BarHeight,
        Items = [],
        AdditionalProperties = new Dictionary<string, System.Text.Json.JsonElement> { ["type"] = ColumnType },
    };

    private static readonly System.Text.Json.JsonElement ColumnType = System.Text.Json.JsonDocument.Parse("\"Column\"").RootElement.Clone();

    /// <summary>The pace line, coloured by tone (its words say the status).</summary>
    public static TextBlock PaceLine(string pace, GoalTone tone) => new()
    {
        Text = pace,
        Wrap = true,
        Spacing = Spacing.Small,
        Color = tone switch
        {
            GoalTone.Good => TextColor.Good,
            GoalTone.Warning => TextColor.Warning,
            _ => null,
        },
    };

    /// <summary>
    /// One goal: its title (plain text) and number, what it serves, the bar and the numbers in words, the pace, the due
    /// date, its milestones, its last linked reflection, <paramref name="buttons"/> under it, then <paramref name="after"/>.
    /// </summary>
    public static Container GoalBlock(GoalItemView goal, IReadOnlyList<CardAction> buttons, bool separator, IEnumerable<CardElement>? after = null)
    {
        ArgumentNullException.ThrowIfNull(goal);
        ArgumentNullException.ThrowIfNull(buttons);
        var items = new List<CardElement>
        {
            CardLayout.Plain(CardLayout.Bold(goal.Title), new TextRun { Text = "  #" + goal.Id.ToString(CultureInfo.InvariantCulture), IsSubtle = true }),
            CardLayout.Plain(new TextRun { Text = "Serves: " + goal.Serves, IsSubtle = true, Size = TextSize.Small }),
            ProgressBar(goal.BarFraction),
            new TextBlock { Text = goal.Numbers, Wrap = true, Spacing = Spacing.Small },
            PaceLine(goal.Pace, goal.Tone),
        };
        if (goal.Due is { } due)
        {
            items.Add(CardLayout.Note(due));
        }

        foreach (var milestone in goal.Milestones ?? [])
        {
            // Each milestone in its own block (the coach's words as plain text), so none run together.
            items.Add(new RichTextBlock
            {
                Spacing = Spacing.Small,
                Inlines =
                [
                    new TextRun { Text = milestone.Done ? "✔ " : "○ " },
                    new TextRun { Text = milestone.Text, Strikethrough = milestone.Done ? true : null, IsSubtle = milestone.Done ? true : null },
                ],
            });
        }

        if (goal.LastReflection is { } reflection)
        {
            items.Add(CardLayout.Plain(new TextRun { Text = reflection, IsSubtle = true, Size = TextSize.Small }));
        }

        if (buttons.Count > 0)
        {
            items.Add(new ActionSet { Actions = [.. buttons] });
        }

        items.AddRange(after ?? []);
        return new Container { Items = items, Separator = separator ? true : null, Spacing = Spacing.Large };
    }

    /// <summary>The notice line (plain text: it may quote a goal's title) and its Undo button.</summary>
    public static IEnumerable<CardElement> Notice(GoalNotice? notice, string instanceId)
    {
        if (notice is null)
        {
            yield break;
        }

        yield return CardLayout.Plain(new TextRun
        {
            Text = notice.Text,
            Weight = TextWeight.Bolder,
            Color = notice.Tone switch
            {
                GoalTone.Good => TextColor.Good,
                GoalTone.Warning => TextColor.Warning,
                _ => null,
            },
        });
        if (notice.UndoGoalId is { } goalId)
        {
            yield return new ActionSet { Actions = [CardLayout.Button("Undo", new GoalRestorePayload(goalId, notice.UndoVersion), instanceId)] };
        }
    }
}
