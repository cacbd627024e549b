using CoachBot.Cards.Checks;
using CoachBot.Cards.Model;
using CoachBot.Cards.Model.Actions;
using CoachBot.Cards.Model.Elements;
using CoachBot.Cards.Text;

namespace CoachBot.Cards.Views.Goals;

/// <summary>
/// <c>goals.carryover</c>: the unfinished goals of an ended school year, each with Carry over / Mark done / Archive, and
/// the same for all of them at once. Every press replaces this card with what is left to decide.
/// </summary>
public static class GoalCarryOverCard
{
    public const string Kind = "goals.carryover";

    public static RenderedCard Create(GoalCarryOverModel model, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(model);
        var items = new List<CardElement> { CardLayout.Heading(model.Heading) };
        items.AddRange(GoalCardParts.Notice(model.Notice, instanceId));
        if (model.Goals.Count > 0)
        {
            items.Add(CardLayout.Paragraph(model.Intro));
        }

        if (model.ConfirmGoalId == 0 && model.ConfirmText is { } confirmAll)
        {
            items.AddRange(Confirmation(confirmAll, CardLayout.Button("Carry all over anyway", new GoalCarryAllPayload(Confirmed: true), instanceId)));
        }

        for (var i = 0; i < model.Goals.Count; i++)
        {
            var goal = model.Goals[i];
            var confirmation = model.ConfirmGoalId == goal.Id && model.ConfirmText is { } confirm
                ? Confirmation(confirm, CardLayout.Button("Carry over anyway", new GoalCarryPayload(goal.Id, goal.Version, Confirmed: true), instanceId))
                : null;
            items.Add(GoalCardParts.GoalBlock(goal, Buttons(goal, instanceId), separator: i > 0, confirmation));
        }

        var actions = new List<CardAction>();
        if (model.Goals.Count > 1)
        {
            actions.Add(CardLayout.Button("Carry all over", new GoalCarryAllPayload(Confirmed: false), instanceId));
            actions.Add(CardLayout.Button("Archive all", new GoalArchivePastPayload(), instanceId));
        }

        actions.Add(CardLayout.Button("Show my goals", new GoalShowPayload(GoalCardViews.List), instanceId));
        var summary = model.Goals.Count == 0
            ? $"{model.Heading}: all decided."
            : $"{model.Heading}: {model.Goals.Count} to carry over or archive.";
        return CardLayout.Render(Kind, instanceId, PlainText.Summary(summary, CardLimits.MaxSummaryLength), items, actions);
    }

    private static List<CardAction> Buttons(GoalItemView goal, string instanceId) =>
    [
        CardLayout.Button("Carry over", new GoalCarryPayload(goal.Id, goal.Version, Confirmed: false), instanceId),
        CardLayout.Button("Mark done", new GoalDonePayload(goal.Id, goal.Version, GoalCardViews.CarryOver), instanceId),
        CardLayout.Button("Archive", new GoalArchivePayload(goal.Id, goal.Version, GoalCardViews.CarryOver), instanceId),
    ];

    private static IEnumerable<CardElement> Confirmation(string text, CardAction confirm)
    {
        yield return new Container
        {
            Style = ContainerStyle.Warning,
            Spacing = Spacing.Medium,
            Items = [CardLayout.Paragraph(text), new ActionSet { Actions = [confirm] }],
        };
    }
}
