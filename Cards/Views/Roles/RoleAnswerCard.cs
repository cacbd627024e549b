using CoachBot.Cards.Checks;
using CoachBot.Cards.Model;
using CoachBot.Cards.Model.Actions;
using CoachBot.Cards.Model.Elements;
using CoachBot.Cards.Text;

namespace CoachBot.Cards.Views.Roles;

/// <summary>
/// The answer to a roles question: title, answer, "In 2013" and "The author's view" sections when given, related topics as
/// buttons (<c>roles.topic</c>), the article's words it draws on with whose they are, "Was this helpful?" (👍 / 👎,
/// <c>roles.vote</c>, or "Thanks" once rated) and "Ask a coach about this" (<c>support.ask</c>). A list of topics in the
/// answer (the ten roles) is one button per row, each opening its answer. Texts too long for a Teams card are shortened
/// so the card stays within <see cref="CardLimits.MaxCardBytes"/>.
/// </summary>
public static class RoleAnswerCard
{
    public const string Kind = "role.answer";

    /// <summary>At most this many related topics are shown.</summary>
    public const int MaxRelated = 3;

    /// <summary>The question of the feedback row.</summary>
    public const string FeedbackQuestion = "Was this helpful?";

    /// <summary>The feedback row once the answer was rated.</summary>
    public const string FeedbackThanks = "Thanks — your rating helps improve these answers.";

    public const string HelpfulTitle = "👍 Yes";

    public const string NotHelpfulTitle = "👎 No";

    private const int MaxTitleLength = 200;

    private const int MaxQuestionLength = 2000;

    public static RenderedCard Create(RoleAnswerCardModel model, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentException.ThrowIfNullOrWhiteSpace(model.TopicId);
        if (model.Feedback == AnswerFeedback.Ask && model.Rating is null)
        {
            throw new ArgumentException("A card that asks \"Was this helpful?\" needs the answer's rating stamp.", nameof(model));
        }

        var title = string.IsNullOrWhiteSpace(model.Title)
            ? "About coaching roles"
            : PlainText.OneLine(model.Title, MaxTitleLength);
        var answer = string.IsNullOrWhiteSpace(model.Answer) ? "I don't have an answer written for this topic yet." : model.Answer;
        var related = (model.Related ?? []).Where(link => !string.IsNullOrWhiteSpace(link.TopicId) && link.TopicId != model.TopicId)
            .Take(MaxRelated)
            .ToList();
        var firstBlock = MarkdownSubset.Parse(answer) is [var first, ..] ? MarkdownSubset.ToCardText(first) : answer;
        var summary = PlainText.Summary($"{title}: {firstBlock}", CardLimits.MaxSummaryLength);
        var question = AskedQuestion(model.Question);

        return CardLayout.FitToSize(
            [answer, model.In2013 ?? string.Empty, model.AuthorsView ?? string.Empty],
            texts => CardLayout.Render(
                Kind,
                instanceId,
                summary,
                [
                    CardLayout.Heading(title),
                    .. Answer(texts[0], model.TopicsByTitle, instanceId),
                    .. Section("In 2013", texts[1]),
                    .. Section("The author's view", texts[2]),
                    .. RelatedTopics(related, instanceId),
                    .. Quote(model.Quote),
                    .. Feedback(model.Feedback, model.TopicId, model.Rating, question, instanceId),
                ],
                [CardLayout.Button("Ask a coach about this", new SupportAskPayload(model.TopicId, question), instanceId)]));
    }

    /// <summary>The question for "Ask a coach about this", kept short enough for a request's need (2,000 characters).</summary>
    private static string? AskedQuestion(string? question) =>
        string.IsNullOrWhiteSpace(question) ? null : PlainText.Shorten(question.Trim(), MaxQuestionLength);

    /// <summary>The answer's blocks; a list whose every item is a topic's title becomes a button per item.</summary>
    private static IEnumerable<CardElement> Answer(string markdown, IReadOnlyDictionary<string, string>? topicsByTitle, string instanceId)
    {
        foreach (var block in MarkdownSubset.Parse(markdown))
        {
            if (block.IsList && topicsByTitle is { Count: > 0 } && TopicsOf(block, topicsByTitle) is { } topics)
            {
                foreach (var row in TopicRows(block, topics, instanceId))
                {
                    yield return row;
                }

                continue;
            }

            yield return CardLayout.Paragraph(MarkdownSubset.ToCardText(block));
        }
    }

    private static List<string>? TopicsOf(MarkdownBlock list, IReadOnlyDictionary<string, string> topicsByTitle)
    {
        var ids = new List<string>(list.Lines.Count);
        foreach (var line in list.Lines)
        {
            if (!topicsByTitle.TryGetValue(line.Trim(), out var id))
            {
                return null;
            }

            ids.Add(id);
        }

        return ids;
    }

    /// <summary>One ActionSet row per item (Teams shows every body row; card-level actions stop at six).</summary>
    private static IEnumerable<CardElement> TopicRows(MarkdownBlock list, List<string> topicIds, string instanceId) =>
        list.Lines.Select((line, i) => (CardElement)new ActionSet
        {
            Spacing = Spacing.Small,
            Actions = [CardLayout.Button(list.Start is { } start ? $"{start + i}. {line.Trim()}" : line.Trim(), new RoleTopicPayload(topicIds[i]), instanceId)],
        });

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

    private static IEnumerable<CardElement> Quote(string? quote)
    {
        if (string.IsNullOrWhiteSpace(quote))
        {
            yield break;
        }

        yield return new Container { Separator = true, Spacing = Spacing.Medium, Items = [.. ArticleQuote.Block(quote)] };
    }

    private static IEnumerable<CardElement> Feedback(AnswerFeedback feedback, string topicId, RatingStamp? rating, string? question, string instanceId)
    {
        switch (feedback)
        {
            case AnswerFeedback.Ask when rating is not null:
                yield return new Container
                {
                    Separator = true,
                    Spacing = Spacing.Medium,
                    Items =
                    [
                        new TextBlock { Text = FeedbackQuestion, Wrap = true, Weight = TextWeight.Bolder },
                        new ActionSet
                        {
                            Actions =
                            [
                                CardLayout.Button(HelpfulTitle, new RoleVotePayload(topicId, Helpful: true, rating.At, rating.Signature, question), instanceId),
                                CardLayout.Button(NotHelpfulTitle, new RoleVotePayload(topicId, Helpful: false, rating.At, rating.Signature, question), instanceId),
                            ],
                        },
                    ],
                };
                break;
            case AnswerFeedback.Thanks:
                yield return new Container
                {
                    Separator = true,
                    Spacing = Spacing.Medium,
                    Items = [new TextBlock { Text = FeedbackThanks, Wrap = true }],
                };
                break;
        }
    }
}
