using CoachBot.Cards.Actions;
using CoachBot.Cards.Checks;
using CoachBot.Cards.Model.Actions;
using CoachBot.Cards.Text;

namespace CoachBot.Cards.Views.Roles;

/// <summary>
/// When a roles question is ambiguous: echoes the question and offers up to three topics (<c>roles.topic</c>)
/// and "None of these" (<c>roles.none</c>).
/// </summary>
public static class DidYouMeanCard
{
    public const string Kind = "roles.didyoumean";

    /// <summary>At most this many topics are offered.</summary>
    public const int MaxTopics = 3;

    private const int MaxQuestionLength = 500;

    public static RenderedCard Create(DidYouMeanCardModel model, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(model);
        var question = PlainText.OneLine(model.Question ?? string.Empty, MaxQuestionLength);
        var topics = (model.Topics ?? []).Where(topic => !string.IsNullOrWhiteSpace(topic.TopicId)).Take(MaxTopics).ToList();
        var titles = topics.Select(topic => string.IsNullOrWhiteSpace(topic.Title) ? topic.TopicId : PlainText.CollapseWhitespace(topic.Title)).ToList();
        var summary = PlainText.Summary(
            topics.Count == 0 ? "I'm not sure what you mean. Could you ask in other words?" : $"Did you mean {PlainText.JoinWithOr(titles)}?",
            CardLimits.MaxSummaryLength);

        return CardLayout.Render(
            Kind,
            instanceId,
            summary,
            [
                CardLayout.Heading("Did you mean…?"),
                question.Length == 0
                    ? CardLayout.Paragraph("I'm not sure which topic you mean.")
                    : CardLayout.Plain(CardLayout.Run("You asked: "), CardLayout.Italic(question)),
                CardLayout.Paragraph(topics.Count == 0
                    ? "I couldn't match that to a topic. Try asking in other words."
                    : "Pick the topic closest to your question:"),
            ],
            [
                .. topics.Select((topic, i) => (CardAction)CardLayout.Button(titles[i], new RoleTopicPayload(topic.TopicId), instanceId)),
                CardLayout.Button("None of these", new RolesNonePayload(), instanceId),
            ]);
    }
}
