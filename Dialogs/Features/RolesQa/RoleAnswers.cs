using CoachBot.Cards;
using CoachBot.Cards.Views.Roles;
using CoachBot.Dialogs.RolesQa;

namespace CoachBot.Dialogs.Features.RolesQa;

/// <summary>Turns knowledge topics into the roles Q&amp;A cards.</summary>
public sealed class RoleAnswers(QuestionAnswerer answerer)
{
    public QuestionAnswerer Answerer => answerer;

    /// <summary>
    /// The <c>role.answer</c> card; <paramref name="more"/> ("tell me more") offers every related topic;
    /// <paramref name="question"/> (the question typed, if any) goes with "Ask a coach about this".
    /// </summary>
    public RenderedCard AnswerCard(KnowledgeTopic topic, string instanceId, bool more = false, string? question = null)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var related = answerer.Knowledge.RelatedTopics(topic)
            .Select(t => new TopicLink(t.Id, t.Title))
            .Take(RoleAnswerCard.MaxRelated)
            .ToList();
        var answer = more ? topic.FullText : topic.Answer;
        return RoleAnswerCard.Create(
            new RoleAnswerCardModel(topic.Id, topic.Title, answer, more ? null : topic.Origin2013, more ? null : topic.AuthorView, related, question),
            instanceId);
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
}
