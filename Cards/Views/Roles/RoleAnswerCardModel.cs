namespace CoachBot.Cards.Views.Roles;

/// <summary>
/// One roles Q&amp;A answer: the topic, its title, the answer (Markdown subset: paragraphs, <c>- </c> and <c>1. </c> lists),
/// optionally what the role was in 2013 and the article author's view, up to three related topics, and the article's
/// words it draws on (<paramref name="Quote"/>). <paramref name="Question"/> is the question answered, if one was typed:
/// "Ask a coach about this" passes it on. A list whose items are all keys of <paramref name="TopicsByTitle"/> (a topic's
/// title, compared ignoring case) is shown as one button per item, each opening that topic. <paramref name="Feedback"/>
/// says whether the card asks "Was this helpful?" (its buttons carry <paramref name="Rating"/>, required then), thanks for
/// the answer, or neither.
/// </summary>
public sealed record RoleAnswerCardModel(
    string TopicId,
    string Title,
    string Answer,
    string? In2013 = null,
    string? AuthorsView = null,
    IReadOnlyList<TopicLink>? Related = null,
    string? Question = null,
    string? Quote = null,
    IReadOnlyDictionary<string, string>? TopicsByTitle = null,
    AnswerFeedback Feedback = AnswerFeedback.None,
    RatingStamp? Rating = null);

/// <summary>The "Was this helpful?" row of an answer card.</summary>
public enum AnswerFeedback
{
    /// <summary>No row (an answer nobody rates, e.g. a preview).</summary>
    None,

    /// <summary>"Was this helpful?" with 👍 and 👎 (<see cref="RoleVotePayload"/>).</summary>
    Ask,

    /// <summary>The row after a vote: "Thanks".</summary>
    Thanks,
}
