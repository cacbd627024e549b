using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.Features.Requests;
using CoachBot.Dialogs.RolesQa;

namespace CoachBot.Dialogs.Features.RolesQa;

/// <summary>
/// Any message that is no command and no dialog's answer: a request for support ("I need help with Padlet for my class",
/// decided by <see cref="RequestOrQuestion"/>) opens the request form with it; anything else is a question for the roles
/// Q&amp;A: a confident match gets the answer card, a middling one the did-you-mean card, anything else the friendly reply
/// that says what CoachBot can do. The last answered topic is remembered per user and conversation, so "tell me more",
/// "what about in 2013?" and "and the mentor?" follow on from it.
/// </summary>
public sealed class RolesQaFallback(RoleAnswers answers) : IFallbackHandler
{
    public async Task HandleAsync(DialogContext context, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (RequestOrQuestion.Classify(text) == MessageIntent.Request
            && await context.RunCommandAsync($"{RequestSupportCommand.Name}: {text}", cancellationToken))
        {
            return;
        }

        var result = answers.Answerer.Answer(text, context.State.LastTopicId);
        switch (result.Band)
        {
            case AnswerBand.Answer when result.Topic is { } topic:
                var more = result.FollowUp == FollowUpKind.More;
                context.Reply(answers.AnswerCard(topic, context.NewCardId(), more, question: result.FollowUp == FollowUpKind.None ? text : null));
                context.State.LastTopicId = topic.Id;
                break;
            case AnswerBand.DidYouMean when result.Candidates.Count > 0:
                context.Reply(RoleAnswers.DidYouMeanCard(text, result, context.NewCardId()));
                break;
            default:
                context.Reply(RolesQaMessages.OutOfScope);
                break;
        }
    }
}
