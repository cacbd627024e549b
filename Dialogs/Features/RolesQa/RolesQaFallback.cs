using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.RolesQa;

namespace CoachBot.Dialogs.Features.RolesQa;

/// <summary>
/// Any message that is no command and no dialog's answer is a question for the roles Q&amp;A: a confident
/// match gets the answer card, a middling one the did-you-mean card, anything else the friendly reply that
/// says what CoachBot can do. The last answered topic is remembered per user and conversation, so
/// "tell me more", "what about in 2013?" and "and the mentor?" follow on from it.
/// </summary>
public sealed class RolesQaFallback(RoleAnswers answers) : IFallbackHandler
{
    public Task HandleAsync(DialogContext context, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = answers.Answerer.Answer(text, context.State.LastTopicId);
        switch (result.Band)
        {
            case AnswerBand.Answer when result.Topic is { } topic:
                context.Reply(answers.AnswerCard(topic, context.NewCardId(), more: result.FollowUp == FollowUpKind.More));
                context.State.LastTopicId = topic.Id;
                break;
            case AnswerBand.DidYouMean when result.Candidates.Count > 0:
                context.Reply(RoleAnswers.DidYouMeanCard(text, result, context.NewCardId()));
                break;
            default:
                context.Reply(RolesQaMessages.OutOfScope);
                break;
        }

        return Task.CompletedTask;
    }
}
