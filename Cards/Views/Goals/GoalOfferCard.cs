using CoachBot.Cards.Checks;
using CoachBot.Cards.Model;
using CoachBot.Cards.Model.Elements;
using CoachBot.Cards.Text;

namespace CoachBot.Cards.Views.Goals;

/// <summary>
/// <c>goals.offer</c>: "set your goals", offered once in the first school weeks to a coach with none, with the article's
/// six added tasks as starting points (each opens the add-goal form with it chosen).
/// </summary>
public static class GoalOfferCard
{
    public const string Kind = "goals.offer";

    /// <param name="heading">"Set your goals for 2026–27".</param>
    /// <param name="intro">Why, quoting the article (Markdown).</param>
    /// <param name="suggestions">The six tasks.</param>
    public static RenderedCard Create(string heading, string intro, IReadOnlyList<GoalSuggestionView> suggestions, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(suggestions);
        var items = new List<CardElement> { CardLayout.Heading(heading) };
        items.AddRange(CardLayout.Markdown(intro));
        items.Add(CardLayout.SectionHeading("Start from one of the article's six added tasks"));
        foreach (var suggestion in suggestions)
        {
            items.Add(new ActionSet { Spacing = Spacing.Small, Actions = [CardLayout.Button(suggestion.Title, new GoalAddPayload(suggestion.Serves), instanceId)] });
        }

        return CardLayout.Render(
            Kind,
            instanceId,
            PlainText.Summary($"{heading}: start from one of the article's six added tasks, or your own.", CardLimits.MaxSummaryLength),
            items,
            [
                CardLayout.Button("Add my own goal", new GoalAddPayload(), instanceId),
                CardLayout.Button("Not now", new GoalOfferLaterPayload(), instanceId),
            ]);
    }
}
