namespace CoachBot.Cards.Views.Roles;

/// <summary>
/// One roles Q&amp;A answer: the topic, its title, the answer (Markdown subset: paragraphs and <c>- </c> lists),
/// optionally what the role was in 2013 and the article author's view, and up to three related topics.
/// <paramref name="Question"/> is the question answered, if one was typed: "Ask a coach about this" passes it on.
/// </summary>
public sealed record RoleAnswerCardModel(
    string TopicId,
    string Title,
    string Answer,
    string? In2013 = null,
    string? AuthorsView = null,
    IReadOnlyList<TopicLink>? Related = null,
    string? Question = null);
