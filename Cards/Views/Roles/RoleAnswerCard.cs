using CoachBot.Cards.Actions;
using CoachBot.Cards.Checks;
using CoachBot.Cards.Model;
using CoachBot.Cards.Model.Actions;
using CoachBot.Cards.Model.Elements;
using CoachBot.Cards.Text;

namespace CoachBot.Cards.Views.Roles;

/// <summary>
/// The answer to a roles question: title, answer, "In 2013" and "The author's view" sections when given,
/// related topics as buttons (<c>roles.topic</c>) and "Ask a coach about this" (<c>support.ask</c>). Texts too
/// long for a Teams card are shortened so the card stays within <see cref="CardLimits.MaxCardBytes"/>.
/// </summary>
public static class RoleAnswerCard
{
    public const string Kind = "role.answer";

    /// <summary>At most this many related topics are shown.</summary>
    public const int MaxRelated = 3;

    private const int MaxTitleLength = 200;

    private const int MaxQuestionLength = 2000;

    public static RenderedCard Create(RoleAnswerCardModel model, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentException.ThrowIfNullOrWhiteSpace(model.TopicId);
        var title = string.IsNullOrWhiteSpace(model.Title)
            ? "About coaching roles"
            : PlainText.OneLine(model.Title, MaxTitleLength);
        var answer = string.IsNullOrWhiteSpace(model.Answer) ? "I don't have an answer written for this topic yet." : model.Answer;
        var related = (model.Related ?? []).Where(link => !string.IsNullOrWhiteSpace(link.TopicId) && link.TopicId != model.TopicId)
            .Take(MaxRelated)
            .ToList();
        var firstBlock = MarkdownSubset.Parse(answer) is [var first, ..] ? MarkdownSubset.ToCardText(first) : answer;
        var summary = PlainText.Summary($"{title}: {firstBlock}", CardLimits.MaxSummaryLength);

        return CardLayout.FitToSize(
            [answer, model.In2013 ?? string.Empty, model.AuthorsView ?? string.Empty],
            texts => CardLayout.Render(
                Kind,
                instanceId,
                summary,
                [
                    CardLayout.Heading(title),
                    .. CardLayout.Markdown(texts[0]),
                    .. Section("In 2013", texts[1]),
                    .. Section("The author's view", texts[2]),
                    .. RelatedTopics(related, instanceId),
                ],
                [CardLayout.Button("Ask a coach about this", new SupportAskPayload(model.TopicId, AskedQuestion(model.Question)), instanceId)]));
    }

    /// <summary>The question for "Ask a coach about this", kept short enough for a request's need (2,000 characters).</summary>
    private static string? AskedQuestion(string? question) =>
        string.IsNullOrWhiteSpace(question) ? null : PlainText.Shorten(question.Trim(), MaxQuestionLength);

    private static IEnumerable<CardElement> Section(string heading, string markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            yield break;
        }

        yield return new Container
        {
            Separator = true,
            Spacing = Spacing.Medium,
            Items = [CardLayout.SectionHeading(heading), .. CardLayout.Markdown(markdown)],
        };
    }

    private static IEnumerable<CardElement> RelatedTopics(List<TopicLink> related, string instanceId)
    {
        if (related.Count == 0)
        {
            yield break;
        }

        yield return CardLayout.SectionHeading("Related topics");
        yield return new ActionSet
        {
            Actions = related
                .Select(link => (CardAction)CardLayout.Button(string.IsNullOrWhiteSpace(link.Title) ? link.TopicId : link.Title, new RoleTopicPayload(link.TopicId), instanceId))
                .ToList(),
        };
    }
}
