using System.Collections.Frozen;
using CoachBot.Cards;
using CoachBot.Cards.Views.Roles;
using CoachBot.Dialogs.RolesQa;

namespace CoachBot.Dialogs.Features.RolesQa;

/// <summary>Turns knowledge topics into the roles Q&amp;A cards.</summary>
public sealed class RoleAnswers(QuestionAnswerer answerer)
{
    // A list in an answer whose items are all topic titles becomes buttons: every title, and every title without its
    // "(2013)", names its topic.
    private readonly FrozenDictionary<string, string> _topicsByTitle = TitlesOf(answerer.Knowledge);

    public QuestionAnswerer Answerer => answerer;

    public KnowledgeBase Knowledge => answerer.Knowledge;

    /// <summary>
    /// The <c>role.answer</c> card: the answer, its sections, related topics, the article's quote and (with
    /// <paramref name="feedback"/>) "Was this helpful?"; <paramref name="question"/> (the question typed, if any) goes with
    /// "Ask a coach about this" and the rating buttons, which carry <paramref name="rating"/> (needed with <see cref="AnswerFeedback.Ask"/>).
    /// </summary>
    public RenderedCard AnswerCard(KnowledgeTopic topic, string instanceId, string? question = null, AnswerFeedback feedback = AnswerFeedback.None, RatingStamp? rating = null)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var related = answerer.Knowledge.RelatedTopics(topic)
            .Select(t => new TopicLink(t.Id, t.Title))
            .Take(RoleAnswerCard.MaxRelated)
            .ToList();
        return RoleAnswerCard.Create(
            new RoleAnswerCardModel(topic.Id, topic.Title, topic.Answer, topic.Origin2013, topic.AuthorView, related, question, topic.Quote, _topicsByTitle, feedback, rating),
            instanceId);
    }

    /// <summary>
    /// What "tell me more" can add to <paramref name="topic"/>'s answer card: the passage in full (when the quote was not all
    /// of it), the 2013 competency a role grew from, the author's added tasks that go with it; and every related topic.
    /// </summary>
    public RoleMoreCardModel More(KnowledgeTopic topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var passage = topic.Passage is { } text && ArticleText.Normalize(text) != ArticleText.Normalize(topic.Quote) ? text : null;
        RoleMoreCompetency? competency = null;
        if (topic.Kind == TopicKind.Role && topic.Origin2013TopicId is { } origin && answerer.Knowledge.TryGetTopic(origin, out var comp))
        {
            competency = new RoleMoreCompetency(new TopicLink(comp.Id, comp.Title), comp.Answer);
        }

        return new RoleMoreCardModel(
            topic.Id,
            topic.Title,
            passage,
            competency,
            [.. answerer.Knowledge.AdditionTasks(topic).Select(task => task.Text)],
            [.. answerer.Knowledge.RelatedTopics(topic).Select(t => new TopicLink(t.Id, t.Title))]);
    }

    /// <summary>The <c>roles.didyoumean</c> card with the best few topics.</summary>
    public static RenderedCard DidYouMeanCard(string question, QaResult result, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(result);
        var topics = result.Candidates
            .Take(Cards.Views.Roles.DidYouMeanCard.MaxTopics)
            .Select(c => new TopicLink(c.TopicId, c.Title))
            .ToList();
        return Cards.Views.Roles.DidYouMeanCard.Create(new DidYouMeanCardModel(question, topics), instanceId);
    }

    private static FrozenDictionary<string, string> TitlesOf(KnowledgeBase knowledge)
    {
        var titles = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var topic in knowledge.Topics)
        {
            titles.TryAdd(topic.Title.Trim(), topic.Id);
        }

        foreach (var topic in knowledge.Topics)
        {
            var open = topic.Title.LastIndexOf(" (", StringComparison.Ordinal);
            if (open > 0 && topic.Title.TrimEnd().EndsWith(')'))
            {
                titles.TryAdd(topic.Title[..open].Trim(), topic.Id);
            }
        }

        return titles.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
