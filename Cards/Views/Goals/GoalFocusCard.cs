using CoachBot.Cards.Checks;
using CoachBot.Cards.Model;
using CoachBot.Cards.Model.Elements;
using CoachBot.Cards.Text;

namespace CoachBot.Cards.Views.Goals;

/// <summary>
/// <c>goals.focus</c>: asked before a goal past the five CoachBot advises, quoting the article's reason: add it anyway,
/// or not now.
/// </summary>
public static class GoalFocusCard
{
    public const string Kind = "goals.focus";

    /// <param name="heading">"A sixth goal?"</param>
    /// <param name="text">The advice and the quote (Markdown).</param>
    /// <param name="addTitle">The button that adds it anyway ("Add a sixth goal").</param>
    public static RenderedCard Create(string heading, string text, string addTitle, string instanceId) =>
        CardLayout.Render(
            Kind,
            instanceId,
            PlainText.Summary($"{heading} {text}", CardLimits.MaxSummaryLength),
            [CardLayout.Heading(heading), .. CardLayout.Markdown(text)],
            [
                CardLayout.Button(addTitle, new GoalFocusPayload(Add: true), instanceId),
                CardLayout.Button("Not now", new GoalFocusPayload(Add: false), instanceId),
            ]);
}
