using CoachBot.Cards.Checks;
using CoachBot.Cards.Model;
using CoachBot.Cards.Model.Actions;
using CoachBot.Cards.Model.Elements;
using CoachBot.Cards.Text;

namespace CoachBot.Cards.Views.Goals;

/// <summary>
/// <c>goals.list</c>: the coach's goals for the school year. Each active goal shows its progress as a bar of card
/// elements with the numbers in words beside it, its pace, and Log progress / Mark done / Edit / Archive; goals done
/// follow, then what needs deciding. With no goals yet it suggests the article's six tasks as starting points.
/// </summary>
public static class GoalListCard
{
    public const string Kind = "goals.list";

    public static RenderedCard Create(GoalListModel model, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(model);
        var items = new List<CardElement>
        {
            CardLayout.Heading($"Your goals for {model.YearLabel}"),
            CardLayout.Note(model.Subtitle),
        };
        items.AddRange(GoalCardParts.Notice(model.Notice, instanceId));
        if (model.CarryOverNote is { } carry)
        {
            items.Add(CardLayout.Paragraph(carry));
            items.Add(new ActionSet { Actions = [CardLayout.Button("Decide on last year's goals", new GoalShowPayload(GoalCardViews.CarryOver), instanceId)] });
        }

        if (model.FocusNote is { } focus)
        {
            items.Add(new TextBlock { Text = focus, Wrap = true, Color = TextColor.Warning });
        }

        for (var i = 0; i < model.Active.Count; i++)
        {
            var goal = model.Active[i];
            items.Add(GoalCardParts.GoalBlock(goal, Buttons(goal, instanceId), separator: i > 0));
        }

        if (model.Active.Count == 0)
        {
            items.AddRange(Empty(model, instanceId));
        }

        if (model.Done.Count > 0)
        {
            items.Add(CardLayout.SectionHeading($"Done ({model.Done.Count})"));
            foreach (var goal in model.Done)
            {
                items.Add(CardLayout.Plain(new TextRun { Text = "✔ " }, CardLayout.Run(goal.Title), new TextRun { Text = "  " + goal.Pace, IsSubtle = true }));
            }
        }

        if (model.ArchivedCount > 0)
        {
            items.Add(CardLayout.Note(model.ArchivedCount == 1 ? "1 archived goal is not shown." : $"{model.ArchivedCount} archived goals are not shown."));
        }

        var actions = new List<CardAction>();
        if (model.CanAdd)
        {
            actions.Add(CardLayout.Button("Add a goal", new GoalAddPayload(), instanceId));
        }

        return CardLayout.Render(Kind, instanceId, Summary(model), items, actions);
    }

    private static List<CardAction> Buttons(GoalItemView goal, string instanceId) =>
    [
        CardLayout.Button("Log progress", new GoalProgressOpenPayload(goal.Id, goal.Version), instanceId),
        CardLayout.Button("Mark done", new GoalDonePayload(goal.Id, goal.Version, GoalCardViews.List), instanceId),
        CardLayout.Button("Edit", new GoalEditPayload(goal.Id, goal.Version), instanceId),
        CardLayout.Button("Archive", new GoalArchivePayload(goal.Id, goal.Version, GoalCardViews.List), instanceId),
    ];

    private static IEnumerable<CardElement> Empty(GoalListModel model, string instanceId)
    {
        if (model.Intro is { } intro)
        {
            yield return CardLayout.Paragraph(intro);
        }

        if (model.Suggestions is not { Count: > 0 } suggestions)
        {
            yield break;
        }

        yield return CardLayout.SectionHeading("Start from one of the article's six added tasks");
        foreach (var suggestion in suggestions)
        {
            // One button per row: six long titles in one action set would be folded or cut by Teams.
            yield return new ActionSet { Spacing = Spacing.Small, Actions = [CardLayout.Button(suggestion.Title, new GoalAddPayload(suggestion.Serves), instanceId)] };
        }
    }

    private static string Summary(GoalListModel model)
    {
        var summary = model.Active.Count == 0
            ? $"Your goals for {model.YearLabel}: none active yet."
            : $"Your goals for {model.YearLabel}: {model.Active.Count} active, {model.Active.Count(g => g.Tone == GoalTone.Warning)} needing attention.";
        return PlainText.Summary(summary, CardLimits.MaxSummaryLength);
    }
}
